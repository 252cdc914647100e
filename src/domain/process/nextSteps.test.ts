import { describe, expect, it } from 'vitest';
import { createProcess } from '../document';
import { applyEvent } from '../apply';
import { ok } from '../testing/ok';
import { nextTodo, preparationTodos } from './nextSteps';

const doc = createProcess({ id: 'p1', name: 'Solsikken', now: new Date('2026-11-25T10:00:00Z') });

describe('next steps', () => {
  it('lists what the preparation still lacks, and shrinks as it is filled', () => {
    expect(preparationTodos(doc)).toEqual([
      'answerQuestions',
      'checkSuitability',
      'countParticipants',
      'appointLeader',
      'planMeetings',
      'absenceBaseline',
    ]);
    const d = ok(applyEvent(doc, { type: 'participantsSet', count: 12 }, doc.updatedAt));
    expect(preparationTodos(d)).not.toContain('countParticipants');
    expect(nextTodo(d, 'preparation')).toBe('answerQuestions');
  });

  it('says what starts a phase, and nothing once it is set done by hand', () => {
    expect(nextTodo(doc, 'meeting1')).toBe('startMeeting1');
    const done = ok(
      applyEvent(doc, { type: 'phaseStatusSet', phase: 'meeting1', status: 'done' }, doc.updatedAt),
    );
    expect(nextTodo(done, 'meeting1')).toBe('none');
  });
});
