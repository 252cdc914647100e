// @vitest-environment node
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { planIcs } from './planIcs';

/** Test-only: the VEVENTs of an iCalendar text, with folded lines unfolded. */
function events(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      found.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return found;
}

describe('the handleplan as a calendar', () => {
  it('has an all-day event for each deadline and follow-up date, with stable UIDs', () => {
    const result = planIcs(exampleExportInput());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const list = events(result.text);
    // 5 deadlines and 6 follow-up dates in the example plan.
    expect(list).toHaveLength(11);
    expect(result.eventCount).toBe(11);
    const title = examplePlan().initiatives[0]!.title;
    const deadline = list.find((e) => e.UID === 'init-1-deadline@apv-dialog')!;
    expect(deadline['DTSTART;VALUE=DATE']).toBe('20270401');
    expect(deadline['DTEND;VALUE=DATE']).toBe('20270402');
    expect(deadline.SUMMARY).toBe(`Frist: ${title} – ${workplaceName}`);
    const followUp = list.find((e) => e.UID === 'init-2-followup-2027-10-01@apv-dialog')!;
    expect(followUp['DTSTART;VALUE=DATE']).toBe('20271001');
    expect(followUp.SUMMARY).toMatch(/^Opfølgning: /);
    expect(deadline.DTSTAMP).toBe('20270305T000000Z');
    expect(result.text).toContain(`X-WR-CALNAME:Handleplan – ${workplaceName}`);
  });

  it('reads back in a calendar parser, every line within 75 octets, with a reminder for each date', () => {
    const input = exampleExportInput();
    input.workplace = '=Solsikken "Nord"; æøå, 💡';
    input.plan.initiatives[0]!.title = 'x'.repeat(200) + '; "æøå"\nej';
    const result = planIcs(input);
    if (!result.ok) throw new Error('no calendar');
    for (const line of result.text.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    const cal = new ICAL.Component(ICAL.parse(result.text));
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(11);
    const first = events.find((e) => e.uid === 'init-1-deadline@apv-dialog')!;
    expect(first.summary).toBe(`Frist: ${'x'.repeat(200)}; "æøå"\nej – =Solsikken "Nord"; æøå, 💡`);
    expect(first.startDate.isDate).toBe(true);
    expect(first.startDate.toString()).toBe('2027-04-01');
    for (const e of events) {
      const alarm = e.component.getFirstSubcomponent('valarm')!;
      const trigger = (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds();
      const isDeadline = e.uid.endsWith('-deadline@apv-dialog');
      // 09:00 a week before a deadline, 09:00 the day before a follow-up.
      expect(trigger).toBe(isDeadline ? -(6 * 24 + 15) * 3600 : -15 * 3600);
      expect(alarm.getFirstPropertyValue('description')).toBe(e.summary);
    }
  });

  it('gives the same text for the same plan and day', () => {
    const a = planIcs(exampleExportInput());
    const b = planIcs(exampleExportInput());
    expect(a).toEqual(b);
  });

  it('leaves out dropped initiatives and reports a plan without dates', () => {
    const plan = examplePlan();
    plan.initiatives = plan.initiatives.map((i, n) =>
      n === 0 ? i : { ...i, status: 'dropped', statusNote: 'x' },
    );
    const result = planIcs(exampleExportInput(plan));
    expect(result.ok && events(result.text).map((e) => e.UID)).toEqual([
      'init-1-deadline@apv-dialog',
      'init-1-followup-2027-06-01@apv-dialog',
    ]);
    const empty = { ...plan, initiatives: [] };
    expect(planIcs(exampleExportInput(empty))).toEqual({ ok: false, error: { kind: 'noDates' } });
  });
});
