import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore } from '../../test/renderWithStore';
import { seedProcess } from '../../test/renderWithStore';
import { seedWithProposals, send } from '../../test/testSeed.testHelper';
import { ProjectorPagingProvider } from '../common/projectorPaging';
import { ProposalsView } from './ProposalsView';

describe('ProposalsView (the projector at meeting 2, step 3)', () => {
  it('shows the joined proposals theme by theme, and each chosen wish with its proposals', () => {
    seedWithProposals();
    send(
      {
        type: 'proposalAdded',
        id: 'p-c',
        wishId: 'w1',
        text: 'Lederen skærmer for telefonen',
        origin: { step: 'interestGroup', heading: 'leader' },
      },
      {
        type: 'proposalsJoined',
        id: 'j1',
        theme: 'Stillerum',
        text: 'Et stillerum hver formiddag',
        proposalIds: ['p-a', 'p-b'],
      },
    );
    const counts: number[] = [];
    const onPage = (page: number) =>
      renderWithStore(
        <ProjectorPagingProvider value={{ page, onPages: (n) => counts.push(n) }}>
          <ProposalsView />
        </ProjectorPagingProvider>,
        'p1',
      );
    const first = onPage(0);
    expect(screen.getByRole('heading', { level: 1, name: 'Forslag til handling' })).toBeVisible();
    // The joined proposals, then those per wish, each on pages of their own.
    expect(counts.at(-1)).toBe(2);
    const joined = screen.getByRole('region', { name: 'Samlet efter tema' });
    const theme = within(joined).getByRole('region', { name: 'Stillerum' });
    expect(
      within(theme)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Et stillerum hver formiddag']);
    expect(screen.queryByRole('region', { name: 'Forslag pr. ønske' })).not.toBeInTheDocument();
    first.unmount();
    onPage(1);
    const byWish = screen.getByRole('region', { name: 'Forslag pr. ønske' });
    const wish = within(byWish).getByRole('region', { name: 'Ro til fordybelse' });
    expect(
      within(wish)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Stille rum om formiddagen (Gruppe 1)',
      'Et stillerum før frokost (Gruppe 2)',
      'Lederen skærmer for telefonen (Leder)',
    ]);
  });

  it('says so when there are no proposals yet', () => {
    seedProcess();
    renderWithStore(<ProposalsView />, 'p1');
    expect(screen.getByText('Der er ingen forslag endnu.')).toBeInTheDocument();
  });
});
