import { describe, expect, it } from 'vitest';
import { exampleInitiatives, exampleMeeting2, exampleWishes } from './exampleWorkplace.testHelper';
import { ok } from '../testing/ok';
import { applyMeeting2Event } from './meeting2Events';
import { sourceLine, traceInitiative, type SourceLabels } from './trace';

const labels: SourceLabels = {
  wishes: 'Ønsker',
  proposals: 'Forslag',
  groups: 'gr.',
  marks: 'streger',
  none: 'Ingen kilde',
  decisions: { work: 'Arbejdes der med', partly: 'Delvist', notNow: 'Ikke nu' },
  origin: { group: 'gruppe', headings: { we: 'Vi', leader: 'Leder', partners: 'Partnere' } },
};

describe('traceability', () => {
  it('leads from an initiative to its wishes, their groups, marks and assessment', () => {
    const initiative = exampleInitiatives()[0]!;
    const trace = traceInitiative(initiative, exampleWishes(), exampleMeeting2());
    expect(trace.wishes).toHaveLength(1);
    const wish = trace.wishes[0]!;
    // w01 was merged with w06 (group 2) and w16 (group 4) on the bruttoliste.
    expect(wish).toMatchObject({ id: 'w01', groups: [1, 2, 4], marks: 21, decision: 'work' });
    expect(wish.assessmentNote).toBeTruthy();
    expect(trace.proposals.map((p) => p.proposal.id)).toEqual([
      'g1-1',
      'g1-2',
      'g1-3',
      'w01-we-1',
      'w01-leader-1',
      'w01-partners-1',
    ]);
    expect(trace.missingIds).toEqual([]);
  });

  it('follows a join to its originals', () => {
    const meeting2 = ok(
      applyMeeting2Event(exampleMeeting2(), {
        type: 'proposalsJoined',
        id: 'j1',
        theme: 'Tid',
        text: 'Beskyt forberedelsen',
        proposalIds: ['g1-3', 'w01-leader-1'],
      }),
    );
    const trace = traceInitiative(
      { sourceWishIds: [], sourceProposalIds: ['j1'] },
      exampleWishes(),
      meeting2,
    );
    expect(trace.proposals.map((p) => [p.proposal.id, p.join?.id])).toEqual([
      ['g1-3', 'j1'],
      ['w01-leader-1', 'j1'],
    ]);
    expect(sourceLine(trace, labels)).toBe('Forslag: »Beskyt forberedelsen« (gruppe 1, »Leder«)');
  });

  it('reports source ids that no longer exist', () => {
    const trace = traceInitiative(
      { sourceWishIds: ['gone'], sourceProposalIds: ['lost'] },
      exampleWishes(),
      exampleMeeting2(),
    );
    expect(trace.missingIds).toEqual(['gone', 'lost']);
  });

  it('writes the Kilde line from labels', () => {
    const initiative = exampleInitiatives()[2]!; // from w04 and w13
    const wishes = exampleWishes();
    const line = sourceLine(
      traceInitiative({ ...initiative, sourceProposalIds: ['g3-2'] }, wishes, exampleMeeting2()),
      labels,
    );
    const w04 = wishes.find((w) => w.id === 'w04')!;
    const w13 = wishes.find((w) => w.id === 'w13')!;
    const g32 = exampleMeeting2().proposals.find((p) => p.id === 'g3-2')!;
    expect(line).toBe(
      `Ønsker: »${w04.text}« (gr. 1, 4, 6; 13 streger; Arbejdes der med: ${w04.assessmentNote}); ` +
        `»${w13.text}« (gr. 3, 5; 5 streger) · Forslag: »${g32.text}« (gruppe 3)`,
    );
    expect(sourceLine({ wishes: [], proposals: [], missingIds: [] }, labels)).toBe('Ingen kilde');
  });
});
