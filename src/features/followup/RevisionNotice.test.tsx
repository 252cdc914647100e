import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithStore, seedProcess } from '../../test/renderWithStore';
import { seedPlan, send } from './followupSeed.testHelper';
import { RevisionNotice } from './RevisionNotice';

/** Noon local time on a calendar day, so "today" is that day in every time zone. */
const day = (y: number, m: number, d: number) => new Date(y, m - 1, d, 12, 0);

const SOON = 'Revisionen nærmer sig – begynd at planlægge den næste APV.';
const OVERDUE = 'Fristen for revision er overskredet.';

function seedApproved(date = '2027-02-20') {
  seedPlan();
  send({ type: 'planApproved', date });
}

describe('RevisionNotice', () => {
  it('gives the revision date 3 years after the approval, without a warning while far off', () => {
    seedApproved();
    renderWithStore(<RevisionNotice now={day(2027, 6, 10)} />, 'p1');
    expect(screen.getByRole('heading', { name: 'Revision af APV’en' })).toBeInTheDocument();
    expect(screen.getByTestId('revision-due')).toHaveTextContent(
      'APV’en skal revideres senest 20. februar 2030.',
    );
    expect(
      screen.getByText('Regnet 3 år fra handleplanens godkendelse (eller 1. dialogmøde).'),
    ).toBeInTheDocument();
    expect(screen.queryByText(SOON)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('warns when the revision is near (180 days or less), up to and including the day itself', () => {
    seedApproved();
    const { unmount } = renderWithStore(<RevisionNotice now={day(2029, 8, 23)} />, 'p1');
    // 181 days before: not yet.
    expect(screen.queryByText(SOON)).not.toBeInTheDocument();
    unmount();
    for (const now of [day(2029, 8, 24), day(2029, 12, 1), day(2030, 2, 20)]) {
      const view = renderWithStore(<RevisionNotice now={now} />, 'p1');
      expect(screen.getByText(SOON)).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
      view.unmount();
    }
  });

  it('alerts once the revision date has passed', () => {
    seedApproved();
    renderWithStore(<RevisionNotice now={day(2030, 2, 21)} />, 'p1');
    expect(screen.getByRole('alert')).toHaveTextContent(OVERDUE);
    expect(screen.queryByText(SOON)).not.toBeInTheDocument();
  });

  it('rolls 29 February back to 28 February', () => {
    seedApproved('2028-02-29');
    renderWithStore(<RevisionNotice now={day(2028, 3, 1)} />, 'p1');
    expect(screen.getByTestId('revision-due')).toHaveTextContent('28. februar 2031');
  });

  it('falls back on the first dialogue meeting while the plan is not approved', () => {
    seedProcess();
    send({ type: 'meetingPlanned', meeting: 'dialogmoede1', at: '2027-01-14T13:00' });
    renderWithStore(<RevisionNotice now={day(2027, 6, 10)} />, 'p1');
    expect(screen.getByTestId('revision-due')).toHaveTextContent('14. januar 2030');
  });

  it('asks for the approval date when there is nothing to count from', () => {
    seedProcess();
    renderWithStore(<RevisionNotice now={day(2027, 6, 10)} />, 'p1');
    expect(
      screen.getByText(
        'Sæt godkendelsesdatoen i handleplanen for at se, hvornår APV’en skal revideres.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('revision-due')).not.toBeInTheDocument();
  });
});
