import { describe, expect, it } from 'vitest';
import { agendaTemplate } from '../../domain/agenda/templates';
import { groupingStep } from './meetingGroups';

const stepOf = (meeting: 'meeting1' | 'meeting2', current: string | null) =>
  groupingStep(agendaTemplate(meeting), current)?.step.id ?? null;

describe('groupingStep: which groups the projector shows', () => {
  it('shows the current step’s groups when it groups the room', () => {
    expect(stepOf('meeting1', 'm1-brainstorm')).toBe('m1-brainstorm');
    expect(stepOf('meeting2', 'm2-action')).toBe('m2-action');
    expect(groupingStep(agendaTemplate('meeting2'), 'm2-action')?.kind).toBe('byWish');
  });

  it('keeps the groups the room is still in during a step without groups', () => {
    expect(stepOf('meeting2', 'm2-presentation')).toBe('m2-action');
    expect(stepOf('meeting1', 'm1-summary')).toBe('m1-brainstorm');
  });

  it('shows the first groups before the meeting starts or before any step groups', () => {
    expect(stepOf('meeting1', null)).toBe('m1-interview');
    expect(stepOf('meeting1', 'm1-intro')).toBe('m1-interview');
  });

  it('passes over skipped steps', () => {
    const agenda = agendaTemplate('meeting2');
    const skipped = {
      ...agenda,
      steps: agenda.steps.map((s) => (s.id === 'm2-action' ? { ...s, skipped: true } : s)),
    };
    expect(groupingStep(skipped, 'm2-presentation')?.step.id).toBe('m2-priority');
  });
});
