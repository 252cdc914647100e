import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { captureDa } from '../i18n/da/capture';
import { meetingDa } from '../i18n/da/meeting';
import { planDa } from '../i18n/da/plan';
import { renderWithStore, seedProcess } from '../test/renderWithStore';
import { seedWithProposals } from '../test/testSeed.testHelper';
import { CapturePanel } from './CapturePanel';

/** The headings of the capture box, each as level and text, in document order. */
const outline = () =>
  screen
    .getAllByRole('heading')
    .map((h) => [Number(h.tagName.slice(1)), h.textContent!.replace(/\s*\(.*\)$/, '')]);

describe('CapturePanel', () => {
  it('nests the step capture and the parking lot one level under its own heading', () => {
    seedProcess();
    renderWithStore(<CapturePanel meeting="meeting1" stepId="m1-interview" />, 'p1');
    expect(outline()).toEqual([
      [2, meetingDa.capture.heading],
      [3, captureDa.strengths.title],
      [4, 'Gruppe 1'],
      [3, captureDa.parking.title],
    ]);
  });

  it('does the same for meeting 2, proposal lists one level further down', () => {
    seedWithProposals();
    renderWithStore(<CapturePanel meeting="meeting2" stepId="m2-action" />, 'p1');
    const levels = new Map(outline().map(([level, text]) => [text, level]));
    expect(levels.get(meetingDa.capture.heading)).toBe(2);
    expect(levels.get(planDa.meeting2.stepTitles.action)).toBe(3);
    expect(levels.get(planDa.meeting2.headings.leader)).toBe(4);
    expect(levels.get(captureDa.parking.title)).toBe(3);
    expect(
      within(screen.getByRole('region', { name: meetingDa.capture.heading })).getAllByRole(
        'heading',
        { level: 2 },
      ),
    ).toHaveLength(1);
  });
});
