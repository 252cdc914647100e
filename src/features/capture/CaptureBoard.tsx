import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { DraftOffer } from '../../components/DraftOffer';
import { useKeptDraft } from '../../components/keptDraft';
import { useUndo } from '../../components/useUndo';
import type { People } from '../../domain/preparation/people';
import type { Dictionary } from '../../i18n/dictionary';
import { useT } from '../../i18n/useT';
import { lineProblem } from './captureText';
import { CaptureItem, type CaptureLine } from './CaptureItem';
import { useGroups } from './useGroups';
import './capture.css';
import { FieldError } from '../../components/FieldError';

type ListTexts = Pick<
  Dictionary['capture']['strengths'],
  | 'title'
  | 'intro'
  | 'groupLabel'
  | 'inputLabel'
  | 'empty'
  | 'groupEmpty'
  | 'count'
  | 'editOf'
  | 'removeOf'
  | 'removed'
  | 'added'
>;

/** Why the domain refused the change (a message for the user), or null when it was taken. */
type Outcome = string | null;

export interface CaptureBoardProps {
  texts: ListTexts;
  groupKind: 'interview3' | 'brainstorm6';
  people: People;
  lines: readonly CaptureLine[];
  add: (text: string, group: number) => Outcome;
  edit: (line: CaptureLine, text: string, group: number) => Outcome;
  /** Removes a line; on success returns how to undo it. */
  remove: (line: CaptureLine) => { undo: () => void } | { reason: string };
  /** Shown after the groups (e.g. removed wishes). */
  footer?: ReactNode;
  testId: string;
  /** The entry line's name among the process's drafts: a line typed and not added is kept. */
  draftField: string;
  /** 3 inside a section that has its own heading (the meeting's capture box). */
  headingLevel?: 2 | 3;
}

/**
 * Fast keyboard capture of flip-over lines, one list per group: choose the group, type a
 * line, Enter. The input keeps the focus, so the next line can follow at once.
 */
export function CaptureBoard(props: CaptureBoardProps) {
  const { texts, groupKind, people, lines, add, edit, remove, footer, testId } = props;
  const H = props.headingLevel === 3 ? 'h3' : 'h2';
  const GroupH = props.headingLevel === 3 ? 'h4' : 'h3';
  const t = useT().capture;
  const actions = useT().common.actions;
  const id = useId();
  const groups = useGroups(
    groupKind,
    people,
    lines.map((line) => line.group),
  );
  const [draft, setDraft] = useState('');
  const kept = useKeptDraft(props.draftField, '');
  const [error, setError] = useState<string | null>(null);
  const typed = (text: string) => {
    setDraft(text);
    setError(null);
    kept.typed(text, '');
  };
  const [announcement, setAnnouncement] = useState('');
  const undo = useUndo(() => inputRef.current?.focus());
  const inputRef = useRef<HTMLInputElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  // A line moved to another group is a new element there: give its edit button the focus.
  const focusLine = useRef<string | null>(null);
  useEffect(() => {
    if (focusLine.current === null) return;
    sectionRef.current
      ?.querySelector<HTMLButtonElement>(`[data-edit-for="${CSS.escape(focusLine.current)}"]`)
      ?.focus();
    focusLine.current = null;
  });

  const liveProblem = draft.trim().length > 0 ? lineProblem(t, draft) : null;
  const shownError = error ?? liveProblem;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = lineProblem(t, draft);
    if (problem) {
      setError(problem);
      return;
    }
    const reason = add(draft, groups.group);
    if (reason) {
      setError(reason);
      return;
    }
    setDraft('');
    kept.settled();
    setError(null);
    setAnnouncement(texts.added(groups.group));
    inputRef.current?.focus();
  }

  function onInputKey(event: KeyboardEvent<HTMLInputElement>) {
    if (!event.altKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      groups.choose(groups.group + (event.key === 'ArrowDown' ? 1 : -1));
    }
  }

  function onRemove(line: CaptureLine): string | null {
    const result = remove(line);
    if ('reason' in result) return result.reason;
    undo.offer({ message: texts.removed(line.text), run: result.undo });
    inputRef.current?.focus();
    return null;
  }

  const byGroup = new Map<number, CaptureLine[]>();
  for (const line of lines) {
    const list = byGroup.get(line.group) ?? [];
    list.push(line);
    byGroup.set(line.group, list);
  }
  // In the order they were written, so a line put back by undo returns to its place.
  for (const list of byGroup.values())
    list.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const groupNumbers = Array.from({ length: groups.count }, (_, i) => i + 1);

  return (
    <section
      ref={sectionRef}
      className="capture"
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <H id={`${id}-title`}>{texts.title}</H>
      <p className="capture-intro">{texts.intro}</p>
      <p className="capture-groups-note">
        {groups.suggested !== null && groups.participants !== null
          ? t.groups.fromPeople(groups.suggested, groups.participants)
          : t.groups.noPeople}
      </p>
      <form className="capture-entry" onSubmit={submit} noValidate>
        <div className="field capture-group-field">
          <label htmlFor={`${id}-group`}>{texts.groupLabel}</label>
          <select
            id={`${id}-group`}
            value={groups.group}
            onChange={(e) => groups.choose(Number(e.target.value))}
          >
            {groupNumbers.map((n) => (
              <option key={n} value={n}>
                {t.groups.group(n)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button capture-add-group" onClick={groups.addGroup}>
          {t.groups.addGroup}
        </button>
        <div className="field capture-line-field">
          <label htmlFor={`${id}-line`}>{texts.inputLabel(groups.group)}</label>
          <input
            ref={inputRef}
            id={`${id}-line`}
            value={draft}
            autoComplete="off"
            aria-describedby={`${id}-hint${shownError ? ` ${id}-error` : ''}`}
            aria-invalid={shownError ? true : undefined}
            onChange={(e) => typed(e.target.value)}
            onKeyDown={onInputKey}
          />
          <p className="field-hint" id={`${id}-hint`}>
            {t.groups.keyHint}
          </p>
          <FieldError id={`${id}-error`} message={shownError} />
          {kept.offer !== null ? (
            <DraftOffer
              text={kept.offer}
              onTakeBack={() => {
                typed(kept.takeBack() ?? draft);
                inputRef.current?.focus();
              }}
              onThrowAway={kept.throwAway}
            />
          ) : null}
        </div>
        <button type="submit" className="button primary capture-submit">
          {actions.add}
        </button>
      </form>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {lines.length === 0 ? <p className="empty">{texts.empty}</p> : null}
      <div className="capture-groups">
        {groupNumbers.map((n) => {
          const list = byGroup.get(n) ?? [];
          return (
            <section
              key={n}
              className={n === groups.group ? 'capture-group current' : 'capture-group'}
              aria-labelledby={`${id}-g${n}`}
              data-testid={`${testId}-group-${n}`}
            >
              <GroupH id={`${id}-g${n}`}>
                {t.groups.group(n)}{' '}
                <span className="capture-count">({texts.count(list.length)})</span>
              </GroupH>
              {list.length === 0 ? (
                <p className="capture-group-empty">{texts.groupEmpty}</p>
              ) : (
                <ol className="capture-list">
                  {list.map((line) => (
                    <CaptureItem
                      key={line.id}
                      line={line}
                      groupCount={groups.count}
                      editLabel={texts.editOf(line.text)}
                      removeLabel={texts.removeOf(line.text)}
                      onEdit={(text, group) => {
                        const reason = edit(line, text, group);
                        if (reason) return reason;
                        if (group !== line.group) focusLine.current = line.id;
                        return null;
                      }}
                      onRemove={() => onRemove(line)}
                    />
                  ))}
                </ol>
              )}
            </section>
          );
        })}
      </div>
      {footer}
      {undo.bar}
    </section>
  );
}
