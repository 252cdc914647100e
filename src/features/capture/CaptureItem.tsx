import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useFormatDate } from '../../i18n/useFormatDate';
import { useT } from '../../i18n/useT';
import { lineProblem } from './captureText';
import { FieldError } from '../../components/FieldError';

/** One line on a poster, as the capture lists show it. */
export interface CaptureLine {
  id: string;
  text: string;
  group: number;
  createdAt: string;
  /** A short tag after the text (e.g. "merged"). */
  tag?: string;
}

interface CaptureItemProps {
  line: CaptureLine;
  /** Groups offered when the line is moved; null hides the group choice. */
  groupCount: number | null;
  editLabel: string;
  removeLabel: string;
  /** What is shown next to the time; the line's group unless given. */
  place?: string;
  /** Returns a message when the edit was refused. */
  onEdit: (text: string, group: number) => string | null;
  /** Returns a message when the removal was refused. */
  onRemove: () => string | null;
}

/** A captured line with its group and time; editable in place, removable. */
export function CaptureItem({
  line,
  groupCount,
  editLabel,
  removeLabel,
  place,
  onEdit,
  onRemove,
}: CaptureItemProps) {
  const t = useT().capture;
  const formatDate = useFormatDate();
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(line.text);
  const [group, setGroup] = useState(line.group);
  const [error, setError] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const textInput = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    if (editing) textInput.current?.focus();
    else if (wasEditing.current) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  function startEditing() {
    setText(line.text);
    setGroup(line.group);
    setError(null);
    setEditing(true);
  }

  function save(event: FormEvent) {
    event.preventDefault();
    const problem = lineProblem(t, text);
    if (problem) return setError(problem);
    const refused = onEdit(text, group);
    if (refused) return setError(refused);
    setEditing(false);
  }

  const time = formatDate(new Date(line.createdAt), 'HH:mm');
  const meta = `${place ?? t.groups.group(line.group)} · ${t.item.addedAt(time)}`;

  if (editing) {
    const groups = Array.from({ length: Math.max(groupCount ?? 0, line.group) }, (_, i) => i + 1);
    return (
      <li className="capture-item editing">
        <form
          className="capture-edit"
          onSubmit={save}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setEditing(false);
            }
          }}
          noValidate
        >
          <div className="field">
            <label htmlFor={`${id}-text`}>{t.item.editLabel}</label>
            <input
              ref={textInput}
              id={`${id}-text`}
              value={text}
              autoComplete="off"
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => {
                setText(e.target.value);
                setError(null);
              }}
            />
          </div>
          {groupCount !== null ? (
            <div className="field">
              <label htmlFor={`${id}-group`}>{t.item.groupLabel}</label>
              <select
                id={`${id}-group`}
                value={group}
                onChange={(e) => setGroup(Number(e.target.value))}
              >
                {groups.map((n) => (
                  <option key={n} value={n}>
                    {t.groups.group(n)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="submit" className="button primary">
            {t.item.save}
          </button>
          <button type="button" className="button" onClick={() => setEditing(false)}>
            {t.item.cancel}
          </button>
          <FieldError id={`${id}-error`} message={error} />
        </form>
      </li>
    );
  }

  return (
    <li className="capture-item">
      <span className="capture-text">
        {line.text}
        {line.tag ? <span className="capture-tag"> ({line.tag})</span> : null}
      </span>
      <span className="capture-meta">
        <time dateTime={line.createdAt}>{meta}</time>
      </span>
      <span className="capture-actions">
        <button
          ref={editButton}
          type="button"
          data-edit-for={line.id}
          className="button"
          aria-label={editLabel}
          onClick={startEditing}
        >
          {t.item.edit}
        </button>
        <button
          type="button"
          className="button"
          aria-label={removeLabel}
          onClick={() => setError(onRemove())}
        >
          {t.item.remove}
        </button>
      </span>
      <FieldError message={error} className="capture-item-error" />
    </li>
  );
}
