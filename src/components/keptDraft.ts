import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Where fields keep text typed and not committed, by scope (a process) and field. The app
 * provides the store's; a process page gives its fields their scope (`DraftScopeContext`).
 * Without either, nothing is kept.
 */
export interface DraftStore {
  /** The text kept for this field, if any. */
  found(scope: string, field: string): string | null;
  typed(scope: string, field: string, text: string): void;
  /** Drops the field's draft (only if it still is `text`, when given). */
  dropped(scope: string, field: string, text?: string): void;
}

export const DraftStoreContext = createContext<DraftStore | null>(null);
/** The process whose fields are on the page. */
export const DraftScopeContext = createContext<string | null>(null);

export interface KeptDraft {
  /** The text kept from before this field opened, offered back until taken or thrown away. */
  offer: string | null;
  /** What the field holds now: kept while it is not the committed value, dropped once it is. */
  typed(text: string, committed: string): void;
  /** The text became a committed value (or was added): nothing to keep. */
  settled(): void;
  /** Takes the offer back: the field then holds it (and keeps it until it is committed). */
  takeBack(): string | null;
  throwAway(): void;
}

/** A field's draft in storage, under `field` (no key: nothing kept). */
export function useKeptDraft(field: string | undefined, committed: string): KeptDraft {
  const drafts = useContext(DraftStoreContext);
  const scope = useContext(DraftScopeContext);
  const store = field !== undefined && scope !== null ? drafts : null;
  const key = field ?? '';
  const at = scope ?? '';
  const [found] = useState(() => store?.found(at, key) ?? null);
  const [offer, setOffer] = useState(() => (found !== null && found !== committed ? found : null));
  // A draft that is the committed value already (it was committed before the page went).
  useEffect(() => {
    if (found !== null && found === committed) store?.dropped(at, key, found);
    // Once, on opening: what was found then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return {
    offer,
    typed(text, committedNow) {
      if (text === committedNow) store?.dropped(at, key);
      else store?.typed(at, key, text);
    },
    settled() {
      store?.dropped(at, key);
    },
    takeBack() {
      setOffer(null);
      return offer;
    },
    throwAway() {
      if (offer !== null) store?.dropped(at, key, offer);
      setOffer(null);
    },
  };
}
