import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../domain/events';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ProjectorPagingProvider } from '../common/projectorPaging';
import { GalleryView } from './GalleryView';

const record = (event: ProcessEvent) => useAppStore.getState().eventRecorded('p1', event);
const at = (minute: number) => `2027-01-12T13:${String(minute).padStart(2, '0')}:00.000Z`;

describe('GalleryView', () => {
  it('shows one poster per group, strengths first, then the wishes still on the list', () => {
    seedProcess();
    record({
      type: 'strengthAdded',
      strengthId: 's1',
      text: 'Vi hjælper hinanden',
      group: 2,
      at: at(1),
    });
    record({
      type: 'strengthAdded',
      strengthId: 's2',
      text: 'Humor i hverdagen',
      group: 1,
      at: at(2),
    });
    record({
      type: 'strengthAdded',
      strengthId: 's3',
      text: 'Korte beslutningsveje',
      group: 2,
      at: at(3),
    });
    record({ type: 'wishAdded', wishId: 'w1', text: 'Mere ro', group: 1, at: at(4) });
    record({ type: 'wishAdded', wishId: 'w2', text: 'Slettet ønske', group: 1, at: at(5) });
    record({ type: 'wishRemoved', wishId: 'w2', at: at(6) });
    const counts: number[] = [];
    const onPages = (count: number) => counts.push(count);
    const onPage = (page: number) =>
      renderWithStore(
        <ProjectorPagingProvider value={{ page, onPages }}>
          <GalleryView />
        </ProjectorPagingProvider>,
        'p1',
      );
    const first = onPage(0);

    // Each wall is a chapter of pages of its own: the strengths first, then the wishes.
    expect(counts.at(-1)).toBe(2);
    const strengths = screen.getByRole('region', { name: 'Det virker godt hos os' });
    const strengthPosters = within(strengths).getAllByRole('article');
    expect(strengthPosters.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      'Gruppe 1',
      'Gruppe 2',
    ]);
    expect(
      within(strengthPosters[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vi hjælper hinanden', 'Korte beslutningsveje']);
    expect(screen.queryByText('Mere ro')).not.toBeInTheDocument();

    first.unmount();
    onPage(1);
    const wishes = screen.getByRole('region', { name: 'Vores ønsker og drømme' });
    expect(within(wishes).getByText('Mere ro')).toBeInTheDocument();
    expect(screen.queryByText('Vi hjælper hinanden')).not.toBeInTheDocument();
    expect(screen.queryByText('Slettet ønske')).not.toBeInTheDocument();
  });

  it('says when nothing has been typed in', () => {
    seedProcess();
    renderWithStore(<GalleryView />, 'p1');
    expect(screen.getByText('Flip-over-arkene er ikke skrevet ind endnu.')).toBeInTheDocument();
  });
});
