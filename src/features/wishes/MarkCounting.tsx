import {
  memo,
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { ChunkedList } from '../../components/ChunkedList';
import type { BruttolisteRow } from '../../domain/wishes/bruttoliste';
import { useT } from '../../i18n/useT';
import { clock } from '../../store/clock';
import { RankingPanel } from './RankingPanel';
import { rowKey, sameRow } from '../common/rows';
import { useWishesCommand, useWishesViews } from '../common/useWishes';
import '../common/wishes.css';
import { FieldError } from '../../components/FieldError';

/**
 * Meeting 1, step 5: the leader types each wish's marks, row after row, with the keyboard
 * alone; the budget, the live ranking and the preliminary selection follow.
 */
export function MarkCounting({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const t = useT().wishes;
  const refused = useT().refused;
  const { rows, budget } = useWishesViews();
  const command = useWishesCommand();
  const listRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const available = budget.available;

  const focusRow = useCallback((index: number) => {
    const input = listRef.current?.querySelector<HTMLInputElement>(
      `input[data-count-index="${index}"]`,
    );
    if (input) {
      input.focus();
      input.select();
    }
  }, []);

  // Each field's position, numbered here after every change of the rows' order rather than
  // passed to the rows: as a prop, merging or removing a wish would re-render every row below
  // it. Keyed on the order, so a new count (most changes) does not walk the 1,000 fields.
  const order = rows.map((row) => row.wish.id).join();
  useLayoutEffect(() => {
    const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input.count-input') ?? [];
    inputs.forEach((input, index) => {
      if (input.dataset.countIndex !== String(index)) input.dataset.countIndex = String(index);
    });
  }, [order]);

  // The room's budget is the domain's rule; the message names the figure.
  const refusal = useCallback(
    (reason: keyof typeof refused) =>
      reason === 'moreThanRoomHas' && available !== null
        ? t.marks.rowTooMany(available)
        : refused[reason],
    [available, refused, t],
  );

  /** Returns an error message, or null when the count was taken (or nothing changed). */
  const setCount = useCallback(
    (wishId: string, count: number): string | null => {
      const result = command({
        type: 'marksCounted',
        entryId: clock.newId(),
        wishId,
        count,
        at: clock.now().toISOString(),
      });
      return result.ok ? null : refusal(result.reason);
    },
    [command, refusal],
  );

  const adjust = useCallback(
    (wishId: string, delta: number): string | null => {
      const result = command({
        type: 'marksAdjusted',
        entryId: clock.newId(),
        wishId,
        delta,
        at: clock.now().toISOString(),
      });
      return result.ok ? null : refusal(result.reason);
    },
    [command, refusal],
  );

  const groupsLabel = t.groupsLabel;
  const renderRow = useCallback(
    (row: BruttolisteRow) => (
      <CountRow
        wishId={row.wish.id}
        text={row.wish.text}
        groups={groupsLabel(row.groups)}
        total={row.total - row.phone}
        phone={row.phone}
        setCount={setCount}
        adjust={adjust}
        focusRow={focusRow}
      />
    ),
    [groupsLabel, setCount, adjust, focusRow],
  );

  return (
    <section aria-labelledby={headingId} className="card mark-counting">
      <Heading id={headingId}>{t.marks.heading}</Heading>
      <p className="field-hint">{t.marks.intro}</p>
      <div className="mark-budget" role="status" aria-live="polite">
        <p>
          {available === null
            ? t.marks.budgetUnknown(budget.used)
            : t.marks.budget(budget.used, available)}{' '}
          <span className="field-hint">{t.marks.perPerson}</span>
        </p>
        {available !== null ? (
          <meter
            min={0}
            max={Math.max(available, 1)}
            value={Math.min(budget.used, available)}
            aria-label={t.marks.used}
          />
        ) : null}
        {budget.over && budget.remaining !== null ? (
          <p className="message warning">{t.marks.overBudget(-budget.remaining)}</p>
        ) : null}
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t.marks.empty}</p>
      ) : (
        <div className="mark-columns">
          <ChunkedList
            className="count-list"
            listRef={listRef}
            items={rows}
            keyOf={rowKey}
            same={sameRow}
            renderItem={renderRow}
          />
          <RankingPanel headingLevel={headingLevel === 2 ? 3 : 4} />
        </div>
      )}
    </section>
  );
}

interface CountRowProps {
  wishId: string;
  text: string;
  groups: string;
  /** The marks counted from the poster (the field's number). */
  total: number;
  /** The marks placed on phones, shown beside it. */
  phone: number;
  setCount: (wishId: string, count: number) => string | null;
  adjust: (wishId: string, delta: number) => string | null;
  focusRow: (index: number) => void;
}

const CountRow = memo(function CountRow({
  wishId,
  text,
  groups,
  total,
  phone,
  setCount,
  adjust,
  focusRow,
}: CountRowProps) {
  const t = useT().wishes.marks;
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? String(total);

  /** Commits the draft; true when the field may be left. */
  const commit = (): boolean => {
    if (draft === null) return true;
    const typed = draft.trim();
    if (typed === String(total) || typed === '') {
      setDraft(null);
      setError(null);
      return true;
    }
    if (!/^\d+$/.test(typed)) {
      setError(t.notANumber);
      return false;
    }
    const problem = setCount(wishId, Number(typed));
    setError(problem);
    if (problem) return false;
    setDraft(null);
    return true;
  };

  const step = (delta: number) => {
    let base = total;
    if (draft !== null && draft.trim() !== String(total)) {
      if (!commit()) return;
      base = Number(draft.trim());
    }
    setDraft(null);
    if (base + delta < 0) return;
    setError(adjust(wishId, delta));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const index = Number(event.currentTarget.dataset.countIndex);
    switch (event.key) {
      case 'Enter':
      case 'ArrowDown':
        event.preventDefault();
        if (commit()) focusRow(index + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (commit()) focusRow(index - 1);
        break;
      case '+':
        event.preventDefault();
        step(1);
        break;
      case '-':
      case '−':
        event.preventDefault();
        step(-1);
        break;
      case 'Escape':
        setDraft(null);
        setError(null);
        break;
    }
  };

  const onBlur = () => {
    if (!commit()) setDraft(null);
  };

  return (
    <div role="listitem" className={`count-row${error ? ' has-error' : ''}`}>
      <span className="count-text" id={`${id}-text`}>
        {text}
      </span>
      <span className="count-groups">{groups}</span>
      <span className="count-controls">
        <button
          type="button"
          className="button count-step"
          tabIndex={-1}
          aria-label={t.minusOne(text)}
          onClick={() => step(-1)}
          disabled={total === 0 && draft === null}
        >
          −
        </button>
        <input
          id={id}
          className="count-input"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          aria-label={t.countLabel(text)}
          value={shown}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setDraft(e.target.value.replace(/[+−]/g, ''));
            setError(null);
          }}
          onFocus={(e) => e.target.select()}
          onKeyDown={onKeyDown}
          onBlur={onBlur}
        />
        <button
          type="button"
          className="button count-step"
          tabIndex={-1}
          aria-label={t.plusOne(text)}
          onClick={() => step(1)}
        >
          +
        </button>
      </span>
      {phone > 0 ? <span className="count-phone">{t.phoneMarks(phone)}</span> : null}
      <FieldError id={`${id}-error`} message={error} className="count-error" />
    </div>
  );
});
