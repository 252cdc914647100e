import { describe, expect, it } from 'vitest';
import { agendaDa } from './da/agenda';
import { agendaEn } from './en/agenda';
import { GROUPINGS, QUESTION_IDS, SUB_ROUND_KINDS, TEMPLATE_STEP_IDS } from '../domain/agenda/ids';

describe.each([
  ['da', agendaDa],
  ['en', agendaEn],
])('the %s agenda texts', (_language, texts) => {
  it('cover every step with a title, purpose, room text and leader notes', () => {
    for (const id of TEMPLATE_STEP_IDS) {
      const step = texts.steps[id];
      for (const text of [step.title, step.purpose, step.room, step.leader]) {
        expect(text.trim()).not.toBe('');
      }
    }
  });

  it('cover every sub-round, grouping and question', () => {
    for (const kind of SUB_ROUND_KINDS) expect(texts.subRounds[kind].trim()).not.toBe('');
    for (const grouping of GROUPINGS) expect(texts.groupings[grouping].trim()).not.toBe('');
    for (const id of QUESTION_IDS) expect(texts.questions[id].trim()).not.toBe('');
  });

  it('say which round of how many is running', () => {
    expect(texts.roundOf(2, 3)).toMatch(/2\D+3/);
  });
});
