import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApvProcess } from '../../domain/document';
import { en } from '../../i18n/en';
import { usePacks } from '../../i18n/packs';
import { LanguageProvider } from '../../i18n/useT';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { useAppStore } from '../../store/store';
import { anyMeetingRunning } from './meetingRunning';
import { UpdateBanner } from './UpdateBanner';
import { useUpdate } from './updateState';

const START = 1_800_000_000_000;

function withTimer(
  process: ApvProcess,
  timer: Partial<ApvProcess['meetingRuns']['meeting1']['timer']>,
) {
  const run = process.meetingRuns.meeting1;
  return {
    ...process,
    meetingRuns: {
      ...process.meetingRuns,
      meeting1: { ...run, timer: { ...run.timer, ...timer } },
    },
  };
}
const running = (p: ApvProcess) => withTimer(p, { stepStartedAt: START });
const paused = (p: ApvProcess) => withTimer(p, { stepStartedAt: START, pausedAt: START + 60_000 });
const finished = (p: ApvProcess) => withTimer(p, { stepStartedAt: START, finishedAt: START + 1 });

function fakeWorker() {
  return { postMessage: vi.fn() } as unknown as ServiceWorker & {
    postMessage: ReturnType<typeof vi.fn>;
  };
}

afterEach(() => useUpdate.setState({ waiting: null }));

describe('anyMeetingRunning', () => {
  it('is true only while some meeting timer runs', () => {
    const p = seedProcess();
    expect(anyMeetingRunning({ p1: p })).toBe(false);
    expect(anyMeetingRunning({ p1: running(p) })).toBe(true);
    expect(anyMeetingRunning({ p1: paused(p) })).toBe(false);
    expect(anyMeetingRunning({ p1: finished(p) })).toBe(false);
    expect(anyMeetingRunning({ p1: p, p2: { ...running(p), id: 'p2' } })).toBe(true);
  });
});

describe('UpdateBanner', () => {
  it('shows nothing while no new version waits', () => {
    seedProcess();
    renderWithStore(<UpdateBanner />);
    expect(screen.queryByTestId('update-banner')).toBeNull();
  });

  it('offers »Genindlæs«, which lets the waiting version take over', async () => {
    seedProcess();
    const worker = fakeWorker();
    useUpdate.setState({ waiting: worker });
    renderWithStore(<UpdateBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('Ny version klar.');
    await userEvent.click(screen.getByRole('button', { name: 'Genindlæs' }));
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
  });

  it('never updates in a running meeting, and offers it again once the meeting is paused', async () => {
    const p = seedProcess();
    useAppStore.setState({ processes: { p1: running(p) } });
    const worker = fakeWorker();
    useUpdate.setState({ waiting: worker });
    renderWithStore(<UpdateBanner />);
    expect(screen.getByRole('status')).toHaveTextContent('Et møde kører');
    expect(screen.queryByRole('button', { name: 'Genindlæs' })).toBeNull();

    act(() => useAppStore.setState({ processes: { p1: paused(p) } }));
    await userEvent.click(screen.getByRole('button', { name: 'Genindlæs' }));
    expect(worker.postMessage).toHaveBeenCalledTimes(1);
  });

  it('can be put off for now', async () => {
    seedProcess();
    useUpdate.setState({ waiting: fakeWorker() });
    renderWithStore(<UpdateBanner />);
    await userEvent.click(screen.getByRole('button', { name: 'Senere' }));
    expect(screen.queryByTestId('update-banner')).toBeNull();
  });

  it('speaks English when the user chose it, in a running meeting too', () => {
    usePacks.setState({ en });
    const p = seedProcess();
    const worker = fakeWorker();
    useUpdate.setState({ waiting: worker });
    const { unmount } = renderWithStore(
      <LanguageProvider value="en">
        <UpdateBanner />
      </LanguageProvider>,
    );
    expect(screen.getByRole('region', { name: 'New version ready.' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later' })).toBeInTheDocument();
    unmount();

    useAppStore.setState({ processes: { p1: running(p) } });
    renderWithStore(
      <LanguageProvider value="en">
        <UpdateBanner />
      </LanguageProvider>,
    );
    expect(screen.getByRole('status')).toHaveTextContent('A meeting is running.');
    expect(screen.queryByRole('button', { name: 'Reload' })).toBeNull();
  });
});
