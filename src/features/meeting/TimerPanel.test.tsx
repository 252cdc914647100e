import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { format } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentProcess, renderWithStore, seedProcess } from '../../test/renderWithStore';
import { clock } from '../../store/clock';
import { useAppStore } from '../../store/store';
import { agendaDa } from '../../i18n/da/agenda';
import { LiveMeeting } from './LiveMeeting';

const START = new Date('2027-01-12T13:00:00+01:00');

/** The live part of the page, following the store like the real page. */
function Live() {
  const run = useAppStore((s) => s.processes.p1!.meetingRuns.meeting1);
  return <LiveMeeting meeting="meeting1" run={run} />;
}

function setup() {
  seedProcess();
  const user = userEvent.setup({ delay: null });
  renderWithStore(<Live />, 'p1');
  return { user };
}

const controls = () => within(screen.getByRole('group', { name: 'Styring af uret' }));
const time = () =>
  screen.getByTestId('controller-time').querySelector('.timer-digits')!.textContent;
const status = () => screen.getByTestId('timer-status').textContent;
const timer = () => currentProcess().meetingRuns.meeting1.timer;

/**
 * Lets time pass, then makes the clock re-read the time as a window does when it becomes
 * visible again (fake timers fire all ticks at once, before React renders any of them).
 */
async function pass(ms: number) {
  await act(async () => {
    vi.advanceTimersByTime(ms);
  });
  await act(async () => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

/** A clock time as the schedule shows it, in the test machine's time zone. */
const clockAt = (minutesAfterStart: number) =>
  format(new Date(START.getTime() + minutesAfterStart * 60_000), 'HH:mm');

describe('the meeting clock (controller)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'setTimeout'], now: START });
    // The meeting runs on the faked wall clock itself, not the suite's clock set to 2030.
    clock.now = () => new Date();
    // Testing Library waits on setTimeout(0) and advances fake timers only via `jest`.
    vi.stubGlobal('jest', { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('tells the leader what the step is for and how to lead it, following the step', async () => {
    const { user } = setup();
    const guide = () => screen.getByTestId('controller-guide');
    expect(guide()).toHaveTextContent(agendaDa.steps['m1-intro'].purpose);
    expect(guide()).toHaveTextContent(agendaDa.steps['m1-intro'].leader);
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await user.click(controls().getByRole('button', { name: 'Næste punkt' }));
    await pass(0);
    expect(guide()).toHaveTextContent(agendaDa.steps['m1-interview'].leader);
  });

  it('starts, counts down, pauses, resumes and moves between steps', async () => {
    const { user } = setup();
    expect(status()).toBe('Ikke startet');
    expect(time()).toBe('15:00');
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    expect(status()).toBe('I gang');
    expect(timer().stepStartedAt).toBe(Date.now());

    await pass(61_000);
    expect(time()).toBe('13:59');
    await user.click(controls().getByRole('button', { name: 'Pause' }));
    await pass(120_000);
    expect(status()).toBe('Pause');
    expect(time()).toBe('13:59');
    await user.click(controls().getByRole('button', { name: 'Fortsæt' }));
    await pass(1_000);
    expect(time()).toBe('13:58');

    await user.click(controls().getByRole('button', { name: 'Giv punktet 5 minutter mere' }));
    await pass(0);
    expect(time()).toBe('18:58');
    await user.click(controls().getByRole('button', { name: 'Tag 1 minut fra punktet' }));
    await pass(0);
    expect(time()).toBe('17:58');

    await user.click(controls().getByRole('button', { name: 'Næste punkt' }));
    await pass(0);
    expect(screen.getByTestId('controller-step')).toHaveTextContent('Interview i 3-mandsgrupper');
    expect(screen.getByTestId('controller-round')).toHaveTextContent(
      'Interview – runde 1 af 3 – 5:00 tilbage af runden',
    );
    expect(screen.getByTestId('controller-rotation')).toHaveTextContent('1 → 2, 3 tager noter');
    expect(screen.getByText(/Derefter:/).parentElement).toHaveTextContent(
      'Brainstorm i 6-mandsgrupper (30 min)',
    );

    await pass(5 * 60_000);
    expect(screen.getByTestId('controller-round')).toHaveTextContent('runde 2 af 3');
    expect(screen.getByTestId('controller-rotation')).toHaveTextContent('2 → 3, 1 tager noter');

    await user.click(controls().getByRole('button', { name: 'Forrige punkt' }));
    await pass(0);
    expect(screen.getByTestId('controller-step')).toHaveTextContent('Fælles intro');
    expect(controls().getByRole('button', { name: 'Forrige punkt' })).toBeDisabled();
  });

  it('counts up over time in another colour, with the word for it', async () => {
    const { user } = setup();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await pass(15 * 60_000 + 7_000);
    expect(time()).toBe('+0:07');
    expect(screen.getByTestId('controller-time')).toHaveTextContent('Over tid');
    expect(screen.getByRole('heading', { name: 'Mødets ur' }).closest('section')).toHaveClass(
      'is-overrun',
    );
  });

  it('runs from the keyboard: Space, arrows and +, but not while typing in a field', async () => {
    const { user } = setup();
    const field = document.createElement('input');
    document.body.append(field);
    await user.keyboard(' ');
    expect(status()).toBe('I gang');
    await user.keyboard('{ArrowRight}');
    expect(timer().stepId).toBe('m1-interview');
    await user.keyboard('+');
    expect(timer().extensionMs['m1-interview']).toBe(60_000);
    await user.keyboard('{ArrowLeft}');
    expect(timer().stepId).toBe('m1-intro');
    await user.keyboard(' ');
    expect(status()).toBe('Pause');

    field.focus();
    await user.keyboard(' {ArrowRight}+');
    expect(status()).toBe('Pause');
    expect(timer().stepId).toBe('m1-intro');
    expect(timer().extensionMs['m1-intro']).toBeUndefined();
    expect(field).toHaveValue(' +');
    field.remove();

    expect(screen.getByText('Mellemrum: pause / fortsæt')).toBeVisible();
  });

  it('pauses, resumes and moves on with Alt+P and Alt+N while the leader types in a field', async () => {
    const { user } = setup();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    const field = document.createElement('textarea');
    document.body.append(field);
    await user.click(field);
    await user.keyboard('Mere ro');
    await user.keyboard('{Alt>}p{/Alt}');
    expect(status()).toBe('Pause');
    await user.keyboard('{Alt>}p{/Alt}');
    expect(status()).toBe('I gang');
    await user.keyboard('{Alt>}n{/Alt}');
    expect(timer().stepId).toBe('m1-interview');
    // The field keeps what was typed and its focus; the shortcuts typed nothing into it.
    expect(field).toHaveValue('Mere ro');
    expect(field).toHaveFocus();
    // Plain letters, and Alt with Ctrl (AltGr on a Danish keyboard), still just type.
    await user.keyboard(' pn{Control>}{Alt>}n{/Alt}{/Control}');
    expect(status()).toBe('I gang');
    expect(timer().stepId).toBe('m1-interview');
    field.remove();

    expect(
      screen.getByText('Alt+P: pause / fortsæt – også mens du skriver i et felt'),
    ).toBeVisible();
    expect(screen.getByText('Alt+N: næste punkt – også mens du skriver i et felt')).toBeVisible();
  });

  it('takes Space as pause on a button just clicked, and never presses that button again', async () => {
    const { user } = setup();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await user.click(controls().getByRole('button', { name: 'Næste punkt' }));
    expect(timer().stepId).toBe('m1-interview');
    await user.keyboard(' ');
    expect(status()).toBe('Pause');
    expect(timer().stepId).toBe('m1-interview');
    await user.keyboard('{Enter}');
    expect(timer().stepId).toBe('m1-interview');

    await user.click(controls().getByRole('button', { name: 'Giv punktet 5 minutter mere' }));
    expect(timer().extensionMs['m1-interview']).toBe(5 * 60_000);
    await user.keyboard(' ');
    expect(status()).toBe('I gang');
    await user.keyboard('{Enter}');
    expect(timer().extensionMs['m1-interview']).toBe(5 * 60_000);

    // Pressed with Enter, the button keeps its focus (Enter presses it again), but Space
    // still only pauses.
    const plusOne = controls().getByRole('button', { name: 'Giv punktet 1 minut mere' });
    plusOne.focus();
    await user.keyboard('{Enter}');
    expect(timer().extensionMs['m1-interview']).toBe(6 * 60_000);
    expect(plusOne).toHaveFocus();
    await user.keyboard(' ');
    expect(status()).toBe('Pause');
    expect(timer().extensionMs['m1-interview']).toBe(6 * 60_000);
  });

  it('with 34 people shows the groups of 3 and the group of 4 their own rotation', async () => {
    seedProcess();
    const process = currentProcess();
    useAppStore.setState({
      processes: { p1: { ...process, people: { ...process.people, participants: 34 } } },
    });
    const user = userEvent.setup({ delay: null });
    renderWithStore(<Live />, 'p1');
    await user.click(screen.getByRole('button', { name: 'Gå til: Interview i 3-mandsgrupper' }));
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    const rotation = () => screen.getByTestId('controller-rotation');
    expect(within(rotation()).getByTestId('rotation-size-3')).toHaveTextContent(
      'Grupper på 3: 1 → 2, 3 tager noter',
    );
    expect(within(rotation()).getByTestId('rotation-size-4')).toHaveTextContent(
      'Grupper på 4: 1 → 2, 3 og 4 tager noter',
    );
    // Three turns leave the group of 4 short; the controller says so and offers the fix.
    const notice = screen.getByTestId('rotation-notice');
    expect(notice).toHaveTextContent('Grupperne på 4 har brug for 4 runder, men interviewet har 3');
    expect(within(notice).getByTestId('rotation-plan-3')).toHaveTextContent(
      'Grupper på 3 (3 runder): 1 → 2, 3 tager noter · 2 → 3, 1 tager noter · 3 → 1, 2 tager noter',
    );
    expect(within(notice).getByTestId('rotation-plan-4')).toHaveTextContent(
      '4 → 1, 2 og 3 tager noter',
    );
    await user.click(within(notice).getByRole('button', { name: 'Sæt interviewet til 4 runder' }));
    expect(screen.queryByTestId('rotation-notice')).toBeNull();

    await pass(15 * 60_000);
    expect(screen.getByTestId('controller-round')).toHaveTextContent('runde 4 af 4');
    expect(within(rotation()).getByTestId('rotation-size-3')).toHaveTextContent(
      'Grupper på 3: færdige – skriv svarene op',
    );
    expect(within(rotation()).getByTestId('rotation-size-4')).toHaveTextContent(
      'Grupper på 4: 4 → 1, 2 og 3 tager noter',
    );
  });

  it('asks before finishing the meeting, which then stops for good', async () => {
    const { user } = setup();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await user.click(controls().getByRole('button', { name: 'Afslut mødet' }));
    const dialog = screen.getByRole('dialog', { name: 'Afslut mødet' });
    expect(dialog).toHaveTextContent('kan ikke fortrydes');
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(status()).toBe('I gang');

    await user.click(controls().getByRole('button', { name: 'Afslut mødet' }));
    await user.click(screen.getByRole('button', { name: 'Ja, afslut mødet' }));
    expect(status()).toBe('Mødet er slut');
    expect(currentProcess().meetingRuns.meeting1.record.endedAt).toBe(Date.now());
    // Plainly over: no clock counting, no current step, no controls; when it ended and how long.
    expect(screen.queryByRole('group', { name: 'Styring af uret' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('controller-time')).not.toBeInTheDocument();
    expect(screen.getByTestId('meeting-finished')).toHaveTextContent(
      `Mødet er afsluttet. Det sluttede kl. ${clockAt(0)} efter 0 min.`,
    );
    const schedule = within(screen.getByRole('table', { name: /Mødets punkter/ }));
    expect(schedule.queryByText('Nu')).not.toBeInTheDocument();
    expect(screen.getByTestId('forecast-end')).toHaveTextContent(`Sluttede kl. ${clockAt(0)}`);
  });

  it('gives focus back to »Afslut mødet« when the dialog is called off with Escape', async () => {
    const { user } = setup();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    const finish = controls().getByRole('button', { name: 'Afslut mødet' });
    await user.click(finish);
    const dialog = screen.getByRole('dialog', { name: 'Afslut mødet' });
    // jsdom has no modal dialogs: the browser turns Escape into this cancel event.
    await act(async () => {
      dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(finish).toHaveFocus();
    expect(status()).toBe('I gang');
  });

  it('forecasts no end before the start, and counts actual time in minutes like the record', async () => {
    const { user } = setup();
    expect(screen.queryByTestId('forecast-end')).not.toBeInTheDocument();
    expect(screen.queryByText(/min før planen|min efter planen/)).not.toBeInTheDocument();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await pass(90_000);
    const rows = within(screen.getByRole('table', { name: /Mødets punkter/ })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1,5 min');
    expect(rows[1]).not.toHaveTextContent('1:30');
  });

  it('shows the planned clock time per step and a live forecast of the end', async () => {
    const { user } = setup();
    expect(screen.getByText(/tiderne viser en start nu/)).toBeInTheDocument();
    await user.click(controls().getByRole('button', { name: 'Start mødet' }));
    await pass(0);
    expect(screen.getByText(`Planlagt slut kl. ${clockAt(115)}`)).toBeInTheDocument();
    expect(screen.getByTestId('forecast-end')).toHaveTextContent(
      `Forventet slut kl. ${clockAt(115)}`,
    );
    await pass(20 * 60_000);
    expect(screen.getByTestId('forecast-end')).toHaveTextContent(
      `Forventet slut kl. ${clockAt(120)}`,
    );
    expect(screen.getByText('5 min efter planen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Gå til: Brainstorm i 6-mandsgrupper' }));
    expect(timer().stepId).toBe('m1-brainstorm');
    expect(currentProcess().meetingRuns.meeting1.record.actualMinutes['m1-intro']).toBe(20);
  });
});
