import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/renderWithStore';
import { seedWithWishes, send } from '../../test/testSeed.testHelper';
import { BruttolistePrint } from './BruttolistePrint';

describe('the clean bruttoliste print', () => {
  it('carries the day it was printed and marks the wishes taken on', async () => {
    seedWithWishes();
    send({ type: 'selectionTargetSet', target: 1 });
    const user = userEvent.setup();
    renderWithStore(<BruttolistePrint />, 'p1');
    const sheet = screen.getByRole('article');
    expect(within(sheet).getByText(/Udskrevet \d{1,2}\. [a-zæøå]+ \d{4}/)).toBeInTheDocument();
    // Only the wish with most marks is pre-selected with a target of one.
    const marked = within(sheet).getAllByText('Går videre:');
    expect(marked).toHaveLength(1);
    expect(marked[0]!.closest('li')).toHaveTextContent('Ro til fordybelse');
    await user.click(screen.getByLabelText('Markér ønskerne, der går videre'));
    expect(within(sheet).queryByText('Går videre:')).toBeNull();
  });
});
