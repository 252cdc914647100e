import { describe, expect, it } from 'vitest';
import { plannedMinutes } from './agenda';
import { TEMPLATE_STEP_IDS } from './ids';
import { meetingsSectionSchema } from './schema';
import { emptyMeetingsSection } from './section';
import { agendaTemplate } from './templates';

describe('agenda templates', () => {
  it('plan 115 minutes for meeting 1 and 85 for meeting 2, step by step as in the method', () => {
    const m1 = agendaTemplate('meeting1');
    const m2 = agendaTemplate('meeting2');
    expect(m1.steps.map((s) => s.minutes)).toEqual([15, 25, 30, 30, 15]);
    expect(m2.steps.map((s) => s.minutes)).toEqual([20, 50, 15]);
    expect(plannedMinutes(m1)).toBe(115);
    expect(plannedMinutes(m2)).toBe(85);
  });

  it('use every template step id once, in order', () => {
    const ids = [...agendaTemplate('meeting1').steps, ...agendaTemplate('meeting2').steps].map(
      (s) => s.id,
    );
    expect(ids).toEqual([...TEMPLATE_STEP_IDS]);
  });

  it('split stepped work into sub-rounds that fill the step exactly', () => {
    for (const meeting of ['meeting1', 'meeting2'] as const) {
      for (const step of agendaTemplate(meeting).steps) {
        if (step.subRounds.length === 0) continue;
        expect(step.subRounds.reduce((sum, r) => sum + r.minutes, 0)).toBe(step.minutes);
      }
    }
    const interview = agendaTemplate('meeting1').steps[1]!;
    expect(interview.subRounds).toEqual([
      { kind: 'interviewTurn', minutes: 5 },
      { kind: 'interviewTurn', minutes: 5 },
      { kind: 'interviewTurn', minutes: 5 },
      { kind: 'writeUp', minutes: 10 },
    ]);
    expect(agendaTemplate('meeting1').steps[3]!.subRounds.map((r) => r.minutes)).toEqual([10, 20]);
  });

  it('carry the method’s groupings and question banks', () => {
    const [intro, interview, brainstorm] = agendaTemplate('meeting1').steps;
    const [priority, action] = agendaTemplate('meeting2').steps;
    expect(intro!.grouping).toBeNull();
    expect(interview!.grouping).toBe('interview3');
    expect(interview!.questionIds).toHaveLength(4);
    expect(interview!.shownQuestionIds).toEqual(interview!.questionIds.slice(0, 2));
    expect(brainstorm!.grouping).toBe('brainstorm6');
    expect(brainstorm!.questionIds).toHaveLength(5);
    expect(priority!.grouping).toBe('meeting2Four');
    expect(priority!.questionIds).toHaveLength(4);
    expect(action!.grouping).toBe('byWish');
    expect(action!.questionIds).toEqual(['m2h-we', 'm2h-leader', 'm2h-partners']);
  });

  it('hand out fresh copies, so editing one agenda never touches another', () => {
    const a = agendaTemplate('meeting1');
    a.steps[0]!.minutes = 99;
    a.steps[1]!.shownQuestionIds.pop();
    expect(agendaTemplate('meeting1').steps[0]!.minutes).toBe(15);
    expect(agendaTemplate('meeting1').steps[1]!.shownQuestionIds).toHaveLength(2);
  });

  it('make an empty section that passes its schema', () => {
    expect(meetingsSectionSchema.safeParse(emptyMeetingsSection()).success).toBe(true);
  });
});
