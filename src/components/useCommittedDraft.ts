import { useEffect, useRef, useState } from 'react';

/** How long typing may pause before a valid draft is committed anyway. */
export const COMMIT_DEBOUNCE_MS = 400;

/**
 * Local draft for a text input that commits on blur, Enter or a short pause in typing.
 * An invalid draft stays local (with its message) and never reaches the store. A change
 * from elsewhere (another window) replaces the draft unless the user is editing it.
 */
export function useCommittedDraft(
  value: string,
  onCommit: (draft: string) => void,
  validate: (draft: string) => string | null = () => null,
) {
  const [draft, setDraft] = useState(value);
  const [seenValue, setSeenValue] = useState(value);
  const [editing, setEditing] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ draft, value, onCommit, validate });
  useEffect(() => {
    latest.current = { draft, value, onCommit, validate };
  });

  if (value !== seenValue) {
    setSeenValue(value);
    if (!editing) setDraft(value);
  }

  const commit = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: d, value: v, onCommit: commitFn, validate: check } = latest.current;
    if (d !== v && check(d) === null) commitFn(d);
  };

  // Commit what is pending when the field disappears (e.g. navigating away mid-typing).
  useEffect(
    () => () => {
      if (timer.current) commit();
    },
    [],
  );

  return {
    draft,
    error: validate(draft),
    onChange(next: string) {
      setDraft(next);
      setEditing(true);
      latest.current.draft = next;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(commit, COMMIT_DEBOUNCE_MS);
    },
    onBlur() {
      setEditing(false);
      commit();
    },
    commitNow: commit,
  };
}
