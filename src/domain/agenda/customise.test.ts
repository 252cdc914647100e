import { describe, expect, it } from 'vitest';
import {
  MAX_AGENDA_STEPS,
  agendaProblem,
  plannedMinutes,
  stepMinutesProblem,
  type Agenda,
} from './agenda';
import {
  addBreak,
  chooseQuestions,
  interviewTurns,
  moveStep,
  removeStep,
  setInterviewTurns,
  setStepMinutes,
  setStepSkipped,
} from './customise';
import { ok } from '../testing/ok';
import { agendaSchema } from './schema';
import { forecastEnd } from './schedule';
import { agendaTemplate } from './templates';
import { idleTimer, startTimer } from './timer';
import { readTimer } from './timerReading';

const m1 = () => agendaTemplate('meeting1');
const ids = (agenda: Agenda) => agenda.steps.map((s) => s.id);

describe('step minutes', () => {
  it('accept whole minutes from 1 to 240', () => {
    expect(ok(setStepMinutes(m1(), 'm1-intro', 1)).steps[0]!.minutes).toBe(1);
    expect(ok(setStepMinutes(m1(), 'm1-intro', 240)).steps[0]!.minutes).toBe(240);
  });

  it.each([0, -5, 241, 2.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'reject %s as invalid minutes',
    (minutes) => {
      expect(setStepMinutes(m1(), 'm1-intro', minutes)).toBe('invalidMinutes');
      expect(stepMinutesProblem(minutes)).not.toBeNull();
    },
  );

  it('say why minutes are wrong', () => {
    expect(stepMinutesProblem(0)).toBe('tooFew');
    expect(stepMinutesProblem(241)).toBe('tooMany');
    expect(stepMinutesProblem(1.5)).toBe('notWhole');
    expect(stepMinutesProblem(30)).toBeNull();
  });

  it('refuse unknown steps and accept unchanged values as no change', () => {
    const agenda = m1();
    expect(setStepMinutes(agenda, 'nope', 10)).toBe('unknownStep');
    expect(setStepMinutes(agenda, 'm1-intro', 15)).toBe(agenda);
  });
});

describe('reordering, skipping, breaks', () => {
  it('moves a step to a new position', () => {
    const moved = ok(moveStep(m1(), 'm1-selection', 0));
    expect(ids(moved)).toEqual([
      'm1-selection',
      'm1-intro',
      'm1-interview',
      'm1-brainstorm',
      'm1-summary',
    ]);
    const agenda = m1();
    expect(moveStep(agenda, 'm1-intro', 5)).toBe('invalidIndex');
    expect(moveStep(agenda, 'm1-intro', -1)).toBe('invalidIndex');
    expect(moveStep(agenda, 'm1-intro', 1.5)).toBe('invalidIndex');
    expect(moveStep(agenda, 'nope', 0)).toBe('unknownStep');
    expect(moveStep(agenda, 'm1-intro', 0)).toBe(agenda);
  });

  it('skips and unskips steps; skipped minutes leave the plan', () => {
    const skipped = ok(setStepSkipped(m1(), 'm1-brainstorm', true));
    expect(plannedMinutes(skipped)).toBe(85);
    expect(plannedMinutes(ok(setStepSkipped(skipped, 'm1-brainstorm', false)))).toBe(115);
    expect(setStepSkipped(skipped, 'm1-brainstorm', true)).toBe(skipped);
    expect(setStepSkipped(skipped, 'nope', true)).toBe('unknownStep');
  });

  it('adds a break with its minutes, and removes only added steps', () => {
    const withBreak = ok(addBreak(m1(), { stepId: 'break-1', minutes: 10, atIndex: 3 }));
    expect(ids(withBreak)[3]).toBe('break-1');
    expect(withBreak.steps[3]).toMatchObject({ kind: 'break', minutes: 10, added: true });
    expect(plannedMinutes(withBreak)).toBe(125);
    expect(ids(ok(removeStep(withBreak, 'break-1')))).toEqual(ids(m1()));
    expect(removeStep(withBreak, 'm1-intro')).toBe('methodStep');
    expect(removeStep(withBreak, 'nope')).toBe('unknownStep');
  });

  it('refuses a break with a taken id, bad minutes or a bad position', () => {
    const agenda = m1();
    expect(addBreak(agenda, { stepId: 'm1-intro', minutes: 10, atIndex: 0 })).toBe('duplicateId');
    expect(addBreak(agenda, { stepId: 'b', minutes: 0, atIndex: 0 })).toBe('invalidMinutes');
    expect(addBreak(agenda, { stepId: 'b', minutes: 10, atIndex: 6 })).toBe('invalidIndex');
    expect(addBreak(agenda, { stepId: '', minutes: 10, atIndex: 0 })).toBe('invalidId');
  });

  it('refuses a break once the agenda is full', () => {
    let agenda = m1();
    while (agenda.steps.length < MAX_AGENDA_STEPS) {
      const stepId = `break-${agenda.steps.length}`;
      agenda = ok(addBreak(agenda, { stepId, minutes: 5, atIndex: agenda.steps.length }));
    }
    expect(addBreak(agenda, { stepId: 'one-more', minutes: 5, atIndex: 0 })).toBe('agendaFull');
  });
});

describe('questions shown to the room', () => {
  it('chooses from the bank, kept in bank order', () => {
    const chosen = ok(chooseQuestions(m1(), 'm1-interview', ['m1q-mostPositive', 'm1q-energy']));
    expect(chosen.steps[1]!.shownQuestionIds).toEqual(['m1q-energy', 'm1q-mostPositive']);
    const one = ok(chooseQuestions(m1(), 'm1-interview', ['m1q-atBest']));
    expect(one.steps[1]!.shownQuestionIds).toEqual(['m1q-atBest']);
  });

  it('needs at least one question, from this step’s bank, without repeats', () => {
    const agenda = m1();
    expect(chooseQuestions(agenda, 'm1-interview', [])).toBe('invalidQuestions');
    expect(chooseQuestions(agenda, 'm1-interview', ['m1b-wishes'])).toBe('invalidQuestions');
    expect(chooseQuestions(agenda, 'm1-interview', ['m1q-energy', 'm1q-energy'])).toBe(
      'invalidQuestions',
    );
    expect(chooseQuestions(agenda, 'nope', ['m1q-energy'])).toBe('unknownStep');
  });

  it('returns the same agenda when the questions shown stay the same', () => {
    const agenda = m1();
    expect(chooseQuestions(agenda, 'm1-interview', ['m1q-energy', 'm1q-collaboration'])).toBe(
      agenda,
    );
    expect(chooseQuestions(agenda, 'm1-interview', ['m1q-collaboration', 'm1q-energy'])).toBe(
      agenda,
    );
  });
});

describe('interview turns', () => {
  it('adds a 5-minute turn per extra group member and keeps the write-up', () => {
    const four = ok(setInterviewTurns(m1(), 'm1-interview', 4));
    const step = four.steps[1]!;
    expect(interviewTurns(step)).toBe(4);
    expect(step.minutes).toBe(30);
    expect(step.subRounds.at(-1)).toEqual({ kind: 'writeUp', minutes: 10 });
    expect(ok(setInterviewTurns(four, 'm1-interview', 3)).steps[1]!.minutes).toBe(25);
    expect(setInterviewTurns(four, 'm1-interview', 4)).toBe(four);
  });

  it('rejects turns out of range and steps without interview turns', () => {
    const agenda = m1();
    expect(setInterviewTurns(agenda, 'm1-interview', 1)).toBe('invalidTurns');
    expect(setInterviewTurns(agenda, 'm1-interview', 13)).toBe('invalidTurns');
    expect(setInterviewTurns(agenda, 'm1-interview', 3.5)).toBe('invalidTurns');
    expect(setInterviewTurns(agenda, 'm1-intro', 4)).toBe('notAnInterview');
    expect(setInterviewTurns(agenda, 'nope', 4)).toBe('unknownStep');
    // A step already at the most minutes cannot take another turn.
    const full = ok(setStepMinutes(agenda, 'm1-interview', 240));
    expect(setInterviewTurns(full, 'm1-interview', 4)).toBe('invalidMinutes');
  });
});

describe('an agenda with nothing to run', () => {
  const empty: Agenda = { meeting: 'meeting1', steps: [] };
  const allSkipped: Agenda = {
    meeting: 'meeting1',
    steps: m1().steps.map((s) => ({ ...s, skipped: true })),
  };

  it('is a named problem', () => {
    expect(agendaProblem(empty)).toBe('empty');
    expect(agendaProblem(allSkipped)).toBe('allSkipped');
    expect(agendaProblem(m1())).toBeNull();
  });

  it('never crashes the timer, the reading or the forecast', () => {
    for (const agenda of [empty, allSkipped]) {
      const timer = idleTimer();
      expect(startTimer(timer, agenda, 1000)).toBe(timer);
      expect(readTimer(timer, agenda, 1000)).toBeNull();
      expect(forecastEnd(timer, agenda, 1000)).toBeNull();
      expect(agendaSchema.safeParse(agenda).success).toBe(true);
    }
  });
});
