import { describe, expect, it } from 'vitest';
import {
  emptyMeetingPlan,
  meetingPlanWarnings,
  nextMeeting,
  parseMeetingTime,
} from './meetingPlan';

const plan = (first: string, second: string) => ({
  ...emptyMeetingPlan(),
  dialogmoede1: first,
  dialogmoede2: second,
});

describe('meeting plan', () => {
  it('accepts 3–4 weeks between the dialogue meetings', () => {
    expect(meetingPlanWarnings(plan('2027-01-12T13:00', '2027-02-02T13:00'))).toEqual([]);
    expect(meetingPlanWarnings(plan('2027-01-12T13:00', '2027-02-09T13:00'))).toEqual([]);
  });

  it('warns when the gap is shorter than 3 weeks or longer than 4', () => {
    expect(meetingPlanWarnings(plan('2027-01-12T13:00', '2027-02-01T13:00'))).toEqual([
      { kind: 'gapTooShort', days: 20 },
    ]);
    expect(meetingPlanWarnings(plan('2027-01-12T13:00', '2027-02-10T09:00'))).toEqual([
      { kind: 'gapTooLong', days: 29 },
    ]);
  });

  it('warns when a meeting comes before one it should follow', () => {
    const p = {
      ...plan('2027-01-12T13:00', '2027-02-05T13:00'),
      vurderingsmoede: '2027-01-10T09:00',
    };
    expect(meetingPlanWarnings(p)).toContainEqual({
      kind: 'outOfOrder',
      meeting: 'vurderingsmoede',
      before: 'dialogmoede1',
    });
  });

  it('only reads real local date-times', () => {
    expect(parseMeetingTime('2027-02-30T10:00')).toBeNull();
    expect(parseMeetingTime('i morgen')).toBeNull();
    expect(parseMeetingTime('')).toBeNull();
    expect(parseMeetingTime('2027-01-12T13:00')?.getHours()).toBe(13);
  });

  it('finds the next meeting from now', () => {
    const p = {
      ...plan('2027-01-12T13:00', '2027-02-09T13:00'),
      vurderingsmoede: '2027-01-21T09:00',
    };
    expect(nextMeeting(p, new Date('2027-01-13T00:00'))?.meeting).toBe('vurderingsmoede');
    expect(nextMeeting(p, new Date('2027-03-01T00:00'))).toBeNull();
  });
});
