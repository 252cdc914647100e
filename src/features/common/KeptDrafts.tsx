import { useMemo, type ReactNode } from 'react';
import { DraftStoreContext, type DraftStore } from '../../components/keptDraft';
import { draftDropped, draftTyped, keptDraft } from '../../store/drafts';

/** The drafts of one process's fields, kept in storage beside it (`store/drafts.ts`). */
export function KeptDraftsProvider({
  processId,
  children,
}: {
  processId: string;
  children: ReactNode;
}) {
  const drafts = useMemo<DraftStore>(
    () => ({
      found: (field) => keptDraft(processId, field),
      typed: (field, text) => draftTyped(processId, field, text),
      dropped: (field, text) => {
        if (text === undefined || keptDraft(processId, field) === text) {
          draftDropped(processId, field);
        }
      },
    }),
    [processId],
  );
  return <DraftStoreContext.Provider value={drafts}>{children}</DraftStoreContext.Provider>;
}
