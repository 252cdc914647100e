import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { useAppStore } from '../../store/store';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { ParkingPanel } from './ParkingPanel';
import { ParkingTriage } from './ParkingTriage';
import { ParkingView } from './ParkingView';

function setup(stepId: string | null = 'm1-brainstorm') {
  seedProcess();
  const user = userEvent.setup();
  renderWithStore(<ParkingPanel meeting="meeting1" stepId={stepId} />, 'p1');
  return user;
}

const park = (itemId: string, text: string, meeting: 'meeting1' | 'meeting2', stepId?: string) =>
  useAppStore.getState().eventRecorded('p1', {
    type: 'itemParked',
    itemId,
    text,
    meeting,
    ...(stepId ? { stepId } : {}),
    at: '2027-01-12T13:40:00.000Z',
  });

describe('ParkingPanel', () => {
  it('parks topics fast with Enter, with meeting and step, and keeps the focus', async () => {
    const user = setup();
    const input = screen.getByLabelText('Parkér et emne');
    await user.type(input, 'Vikardækning i ferier{Enter}Nyt tag på skuret{Enter}');
    expect(input).toHaveFocus();
    expect(input).toHaveValue('');
    const items = currentProcess().parking.items;
    expect(items.map((i) => [i.text, i.meeting, i.stepId, i.status])).toEqual([
      ['Vikardækning i ferier', 'meeting1', 'm1-brainstorm', 'open'],
      ['Nyt tag på skuret', 'meeting1', 'm1-brainstorm', 'open'],
    ]);
    const first = screen.getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('1. dialogmøde · Brainstorm i 6-mandsgrupper · kl.');
    expect(screen.getByText('2 emner parkeret')).toBeInTheDocument();
  });

  it('parks without a step between steps, and refuses an empty topic', async () => {
    const user = setup(null);
    await user.type(screen.getByLabelText('Parkér et emne'), ' {Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv noget');
    expect(currentProcess().parking.items).toEqual([]);
    await user.type(screen.getByLabelText('Parkér et emne'), 'Løn{Enter}');
    expect(currentProcess().parking.items[0]).not.toHaveProperty('stepId');
  });

  it('edits a parked topic', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Parkér et emne'), 'Parkering{Enter}');
    await user.click(screen.getByRole('button', { name: 'Ret emnet »Parkering«' }));
    expect(screen.queryByLabelText('Gruppe')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Ny tekst'), 'spladser{Enter}');
    expect(currentProcess().parking.items[0]?.text).toBe('Parkeringspladser');
  });

  it('removes a topic and brings it back, status and note included, with undo', async () => {
    const user = setup();
    park('a', 'Kantinen', 'meeting1', 'm1-intro');
    useAppStore.getState().eventRecorded('p1', {
      type: 'parkedItemTriaged',
      itemId: 'a',
      status: 'toPlan',
      note: 'Tages op i foråret',
    });
    const before = currentProcess().parking.items[0];
    await user.click(await screen.findByRole('button', { name: 'Fjern emnet »Kantinen«' }));
    expect(currentProcess().parking.items).toEqual([]);
    expect(screen.getByText(/Emnet »Kantinen« er fjernet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortryd' }));
    expect(currentProcess().parking.items).toEqual([before]);
  });
});

describe('ParkingView', () => {
  it('shows the open topics for the projector', () => {
    seedProcess();
    park('a', 'Kantinen', 'meeting1');
    park('b', 'Løn', 'meeting1');
    useAppStore
      .getState()
      .eventRecorded('p1', { type: 'parkedItemTriaged', itemId: 'b', status: 'handled', note: '' });
    renderWithStore(<ParkingView />, 'p1');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Parkeret til senere');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Kantinen']);
  });

  it('says when nothing is parked', () => {
    seedProcess();
    renderWithStore(<ParkingView />, 'p1');
    expect(screen.getByText('Ingen emner er parkeret.')).toBeInTheDocument();
  });
});

describe('ParkingTriage', () => {
  it('sets a status and a note for each topic, showing where it was parked', async () => {
    seedProcess();
    park('a', 'Kantinen', 'meeting1', 'm1-summary');
    park('b', 'Løn', 'meeting2', 'm2-action');
    const user = userEvent.setup();
    renderWithStore(<ParkingTriage />, 'p1');
    expect(screen.getByText('2 af 2 emner er stadig åbne.')).toBeInTheDocument();
    const [first, second] = screen.getAllByRole('listitem');
    expect(first).toHaveTextContent('1. dialogmøde · Fælles opsamling og præsentation');
    expect(second).toHaveTextContent('2. dialogmøde · Gruppearbejde om forslag til handling');

    await user.click(within(second!).getByRole('radio', { name: 'Til handleplanen' }));
    expect(currentProcess().parking.items[1]).toMatchObject({ status: 'toPlan', note: '' });
    await user.type(within(second!).getByLabelText('Note'), 'Drøftes med ledelsen');
    await user.tab();
    expect(currentProcess().parking.items[1]).toMatchObject({
      status: 'toPlan',
      note: 'Drøftes med ledelsen',
    });
    expect(screen.getByText('1 af 2 emner er stadig åbne.')).toBeInTheDocument();
    await user.click(within(first!).getByRole('radio', { name: 'Droppet' }));
    expect(currentProcess().parking.items[0]?.status).toBe('dropped');
  });

  it('says when nothing was parked', () => {
    seedProcess();
    renderWithStore(<ParkingTriage />, 'p1');
    expect(screen.getByText(/Der blev ikke parkeret noget/)).toBeInTheDocument();
  });
});
