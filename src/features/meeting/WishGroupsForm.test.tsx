import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { WishGroupsForm } from './WishGroupsForm';

const TEXTS = ['Ro i pausen', 'Fælles morgenmøde'];

function setup() {
  seedProcess();
  const record = useAppStore.getState().eventRecorded;
  TEXTS.forEach((text, i) => {
    record('p1', {
      type: 'wishAdded',
      wishId: `w${i + 1}`,
      text,
      group: 1,
      at: '2026-11-25T10:00:00.000Z',
    });
    record('p1', { type: 'groupWishesChosen', group: i + 1, wishIds: [`w${i + 1}`] });
  });
  const user = userEvent.setup();
  const view = renderWithStore(<WishGroupsForm />, 'p1');
  return { user, view };
}

const field = (text: string) => screen.getByLabelText(`Antal, der vælger: ${text}`);

describe('WishGroupsForm (meeting 2, step 2)', () => {
  it('saves each count and forms one group per wish, with a warning for a small one', async () => {
    const { user, view } = setup();
    await user.type(field(TEXTS[0]!), '6{Enter}');
    await user.type(field(TEXTS[1]!), '2{Enter}');
    expect(currentProcess().meeting2.interestCounts).toEqual([
      { wishId: 'w1', count: 6 },
      { wishId: 'w2', count: 2 },
    ]);
    expect(screen.getByTestId('interest-groups')).toHaveTextContent(
      'Gruppe 1: Ro i pausen – 6 personerGruppe 2: Fælles morgenmøde – 2 personer',
    );
    expect(screen.getByText(/»Fælles morgenmøde« har kun 2/)).toBeInTheDocument();
    // Stored, not kept in the form: shown again after the form is left and opened anew.
    view.unmount();
    renderWithStore(<WishGroupsForm />, 'p1');
    expect(field(TEXTS[0]!)).toHaveValue('6');
  });

  it('adds the phones to the hands counted: the field keeps the hands, the groups count both', async () => {
    const { user } = setup();
    useAppStore
      .getState()
      .eventRecorded('p1', { type: 'interestCounted', wishId: 'w1', count: 3, source: 'phone' });
    await user.type(field(TEXTS[0]!), '4{Enter}');
    expect(field(TEXTS[0]!)).toHaveValue('4');
    expect(screen.getByTestId('interest-phones')).toHaveTextContent('+ 3 fra telefonerne');
    expect(screen.getByTestId('interest-groups')).toHaveTextContent('Ro i pausen – 7 personer');
    expect(currentProcess().meeting2.phoneInterest).toEqual([{ wishId: 'w1', count: 3 }]);
  });

  it('refuses a count that is not a whole number and keeps the saved one', async () => {
    const { user } = setup();
    await user.type(field(TEXTS[0]!), '4{Enter}');
    await user.clear(field(TEXTS[0]!));
    await user.type(field(TEXTS[0]!), '-3{Enter}');
    expect(screen.getByText('Skriv et helt tal på 0 eller mere.')).toBeInTheDocument();
    expect(currentProcess().meeting2.interestCounts).toEqual([{ wishId: 'w1', count: 4 }]);
  });
});
