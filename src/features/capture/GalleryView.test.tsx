import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProcessEvent } from '../../domain/events';
import { useAppStore } from '../../store/store';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
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
    renderWithStore(<GalleryView />, 'p1');

    const walls = screen.getAllByRole('region');
    expect(walls.map((w) => within(w).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'Det virker godt hos os',
      'Vores ønsker og drømme',
    ]);
    const strengthPosters = within(walls[0]!).getAllByRole('article');
    expect(strengthPosters.map((p) => within(p).getByRole('heading').textContent)).toEqual([
      'Gruppe 1',
      'Gruppe 2',
    ]);
    expect(
      within(strengthPosters[1]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Vi hjælper hinanden', 'Korte beslutningsveje']);
    expect(within(walls[1]!).getByText('Mere ro')).toBeInTheDocument();
    expect(screen.queryByText('Slettet ønske')).not.toBeInTheDocument();
  });

  it('says when nothing has been typed in', () => {
    seedProcess();
    renderWithStore(<GalleryView />, 'p1');
    expect(screen.getByText('Flip-over-arkene er ikke skrevet ind endnu.')).toBeInTheDocument();
  });
});
