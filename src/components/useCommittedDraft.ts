import { useEffect, useRef, useState } from 'react';
import { useChangedElsewhere } from './changedElsewhere';
import { useKeptDraft } from './keptDraft';

/** How long typing may pause before a valid draft is committed anyway. */
export const COMMIT_DEBOUNCE_MS = 400;
/** How long a valid draft waits at most while typing goes on without a pause. */
export const COMMIT_MAX_WAIT_MS = 800;

/**
 * What a commit says back: nothing when it was taken, or the message for why the document
 * refused it (the draft then stays, with that message, for the user to correct).
 */
export type CommitResult = string | null | void;

/** This field's committed value that another window's edit of the same field replaced. */
export interface LostToElsewhere {
  mine: string;
  theirs: string;
}

/**
 * Local draft for a text input that commits on blur, Enter, a short pause in typing, at least
 * every `COMMIT_MAX_WAIT_MS` while typing goes on, and when the page is hidden or closed.
 * A draft that does not parse (`validate`) stays local with its message; one the document
 * refuses keeps the refusal as its message. A change from elsewhere (another window)
 * replaces the draft unless the user has typed something not committed yet. When it replaces what this field had
 * committed, it replaces the draft too, and `lost` holds what was here until the user types,
 * puts it back or dismisses it. Under a `draftField`, what is typed and not committed is kept in
 * storage, and a text kept from before the field opened is offered back (`kept.offer`).
 */
export function useCommittedDraft(
  value: string,
  onCommit: (draft: string) => CommitResult,
  validate: (draft: string) => string | null = () => null,
  draftField?: string,
) {
  const [draft, setDraft] = useState(value);
  const [refused, setRefused] = useState<string | null>(null);
  const [seenValue, setSeenValue] = useState(value);
  const [editing, setEditing] = useState(false);
  const [mine, setMine] = useState<string | null>(null);
  const [lost, setLost] = useState<LostToElsewhere | null>(null);
  const changedElsewhere = useChangedElsewhere();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const maxWait = useRef<ReturnType<typeof setTimeout> | null>(null);
  const kept = useKeptDraft(draftField, value);
  const latest = useRef({ draft, value, onCommit, validate, kept });
  useEffect(() => {
    latest.current = { draft, value, onCommit, validate, kept };
  });

  if (value !== seenValue) {
    setSeenValue(value);
    // What is typed and not committed yet stays; a committed draft follows the document.
    const typing = editing && draft !== seenValue;
    if (!typing) setDraft(value);
    if (mine !== null && value !== mine) {
      setMine(null);
      // The field shows what every window shows; what was typed here is offered back.
      if (changedElsewhere()) {
        setLost({ mine: typing ? draft : mine, theirs: value });
        setDraft(value);
      }
    }
  }

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    if (maxWait.current) clearTimeout(maxWait.current);
    timer.current = maxWait.current = null;
    const { draft: d, value: v, onCommit: commitFn, validate: check, kept: keep } = latest.current;
    if (d === v) keep.settled();
    if (d === v || check(d) !== null) return;
    setMine(d);
    const refusal = commitFn(d) || null;
    setRefused(refusal);
    if (!refusal) keep.settled();
  };

  // Commit what is pending when the field disappears (e.g. navigating away mid-typing), and
  // when the page is hidden or closed (the store then writes it at once).
  useEffect(() => {
    const pending = () => {
      if (timer.current) commit();
    };
    window.addEventListener('pagehide', pending);
    document.addEventListener('visibilitychange', pending);
    return () => {
      window.removeEventListener('pagehide', pending);
      document.removeEventListener('visibilitychange', pending);
      pending();
    };
  }, []);

  const onChange = (next: string) => {
    kept.typed(next, latest.current.value);
    setDraft(next);
    setRefused(null);
    setLost(null);
    setEditing(true);
    latest.current.draft = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(commit, COMMIT_DEBOUNCE_MS);
    maxWait.current ??= setTimeout(commit, COMMIT_MAX_WAIT_MS);
  };

  return {
    draft,
    error: validate(draft) ?? refused,
    lost,
    onChange,
    onBlur() {
      setEditing(false);
      commit();
    },
    commitNow: commit,
    /** Commits this field's own value again, over the other window's. */
    restoreMine() {
      if (!lost) return;
      setLost(null);
      setDraft(lost.mine);
      latest.current.draft = lost.mine;
      commit();
    },
    dismissLost() {
      setLost(null);
    },
    kept,
    /** Puts the text kept from before back in the field, to be committed as if typed. */
    takeBackDraft() {
      const text = kept.takeBack();
      if (text !== null) onChange(text);
    },
  };
}
