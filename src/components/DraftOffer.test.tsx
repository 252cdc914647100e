import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AddItemForm } from './AddItemForm';
import { DraftScopeContext, DraftStoreContext, type DraftStore } from './keptDraft';
import { TextField } from './TextField';

/** A draft store in memory, as the process pages provide one over IndexedDB. */
function memoryDrafts() {
  const texts = new Map<string, string>();
  const drafts: DraftStore = {
    found: (_scope, field) => texts.get(field) ?? null,
    typed: (_scope, field, text) => void texts.set(field, text),
    dropped: (_scope, field, text) => {
      if (text === undefined || texts.get(field) === text) texts.delete(field);
    },
  };
  const wrap = (ui: ReactNode) => (
    <DraftStoreContext.Provider value={drafts}>
      <DraftScopeContext.Provider value="p1">{ui}</DraftScopeContext.Provider>
    </DraftStoreContext.Provider>
  );
  return { texts, wrap };
}

const OFFER = 'Du har en ikke-gemt tekst: »En alt for lang mødeleder«';

describe('a field that finds a draft never saved', () => {
  /** The document refuses the text: it stays in the field, and is kept as a draft. */
  function refusedField(drafts: ReturnType<typeof memoryDrafts>) {
    const onCommit = vi.fn((text: string) => (text.length > 10 ? 'Navnet er for langt.' : null));
    const field = (
      <TextField label="Mødeleder" value="" onCommit={onCommit} draftField="people:moedeleder" />
    );
    return { onCommit, field: drafts.wrap(field) };
  }

  it('keeps a refused text, offers it back on opening, and takes it back into the field', async () => {
    const user = userEvent.setup();
    const drafts = memoryDrafts();
    const first = refusedField(drafts);
    const { unmount } = render(first.field);
    await user.type(screen.getByLabelText('Mødeleder'), 'En alt for lang mødeleder');
    await user.tab();
    expect(screen.getByRole('alert')).toHaveTextContent('Navnet er for langt.');
    expect(drafts.texts.get('people:moedeleder')).toBe('En alt for lang mødeleder');
    unmount();

    const again = refusedField(drafts);
    render(again.field);
    const input = screen.getByLabelText('Mødeleder');
    expect(input).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent(OFFER);
    await user.click(screen.getByRole('button', { name: 'Tag den tilbage' }));
    expect(input).toHaveValue('En alt for lang mødeleder');
    expect(input).toHaveFocus();
    expect(screen.queryByText(OFFER)).not.toBeInTheDocument();
    // Taken back, it is committed as if typed, and refused again with its reason.
    await user.tab();
    expect(again.onCommit).toHaveBeenLastCalledWith('En alt for lang mødeleder');
    expect(screen.getByRole('alert')).toHaveTextContent('Navnet er for langt.');
    expect(drafts.texts.get('people:moedeleder')).toBe('En alt for lang mødeleder');
  });

  it('throws the draft away: the offer goes, and nothing is kept', async () => {
    const user = userEvent.setup();
    const drafts = memoryDrafts();
    drafts.texts.set('people:moedeleder', 'En alt for lang mødeleder');
    render(refusedField(drafts).field);
    await user.click(screen.getByRole('button', { name: 'Smid den væk' }));
    expect(screen.queryByText(OFFER)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Mødeleder')).toHaveValue('');
    expect(drafts.texts.has('people:moedeleder')).toBe(false);
  });

  it('drops the draft once the text is committed, and offers nothing that was', async () => {
    const user = userEvent.setup();
    const drafts = memoryDrafts();
    const { unmount } = render(refusedField(drafts).field);
    await user.type(screen.getByLabelText('Mødeleder'), 'Kort navn');
    await user.tab();
    expect(drafts.texts.has('people:moedeleder')).toBe(false);
    unmount();
    // A draft that is the committed value already (committed before the page went).
    drafts.texts.set('people:moedeleder', 'Kort navn');
    render(
      drafts.wrap(
        <TextField
          label="Mødeleder"
          value="Kort navn"
          onCommit={() => null}
          draftField="people:moedeleder"
        />,
      ),
    );
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(drafts.texts.has('people:moedeleder')).toBe(false);
  });
});

describe('an add box that finds a line never added', () => {
  const box = (drafts: ReturnType<typeof memoryDrafts>, onAdd = vi.fn()) =>
    drafts.wrap(
      <AddItemForm
        label="Ny indsats"
        buttonLabel="Tilføj"
        onAdd={onAdd}
        draftField="initiatives:new"
      />,
    );

  it('keeps the line typed, offers it back, and adds it once taken back', async () => {
    const user = userEvent.setup();
    const drafts = memoryDrafts();
    const { unmount } = render(box(drafts));
    await user.type(screen.getByLabelText('Ny indsats'), 'Faste pauser');
    expect(drafts.texts.get('initiatives:new')).toBe('Faste pauser');
    unmount();

    const onAdd = vi.fn();
    render(box(drafts, onAdd));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Du har en ikke-gemt tekst: »Faste pauser«',
    );
    await user.click(screen.getByRole('button', { name: 'Tag den tilbage' }));
    expect(screen.getByLabelText('Ny indsats')).toHaveValue('Faste pauser');
    await user.click(screen.getByRole('button', { name: 'Tilføj' }));
    expect(onAdd).toHaveBeenCalledWith('Faste pauser');
    expect(drafts.texts.has('initiatives:new')).toBe(false);
  });

  it('throws the line away', async () => {
    const user = userEvent.setup();
    const drafts = memoryDrafts();
    drafts.texts.set('initiatives:new', 'Faste pauser');
    render(box(drafts));
    await user.click(screen.getByRole('button', { name: 'Smid den væk' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(drafts.texts.has('initiatives:new')).toBe(false);
  });
});
