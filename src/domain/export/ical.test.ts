// @vitest-environment node
import { Buffer } from 'node:buffer';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsText, TIME_ZONE } from './ical';
import { meetingsIcs } from './meetingsIcs';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

/** Awkward text: æøå, quotes, semicolons, commas, backslashes, line breaks, emoji, controls. */
const awkward = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.constantFrom(
    'Mindre støj; "ro" i garderoben, også om fredagen\\',
    'Linje 1\r\nLinje 2\nLinje 3\rLinje 4',
    '💡 Ønske med emoji 👩‍👩‍👧 og æøå ÆØÅ',
    '=SUM(A1);+45 2233 4455,-Alle,@x\tfane',
    'x'.repeat(5000),
  ),
);

describe('the iCalendar writer', () => {
  it('folds every line at 75 octets without splitting a character, and unfolds to the same', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const line = `DESCRIPTION:${escapeText(text)}`;
        const folded = foldLine(line);
        for (const part of folded.split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(folded).not.toContain('\uFFFD');
      }),
    );
  });

  it('escapes text so a parser reads back exactly what was written (controls aside)', () => {
    fc.assert(
      fc.property(awkward, awkward, (summary, description) => {
        const text = icsText({
          productId: 'apv-dialog',
          name: summary,
          stamp: '20270305T000000Z',
          events: [
            {
              uid: 'u1@apv-dialog',
              summary,
              description,
              when: { kind: 'day', date: '2027-04-01' },
            },
          ],
        });
        for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const cal = parse(text);
        // What a TEXT value can carry: no control characters but tab; CR LF and CR read as LF.
        const clean = (s: string) =>
          [...s]
            .filter((c) => {
              const n = c.charCodeAt(0);
              return (n >= 0x20 && n !== 0x7f) || n === 0x09 || n === 0x0a || n === 0x0d;
            })
            .join('')
            .replace(/\r\n|\r/g, '\n');
        const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
        expect(event.summary).toBe(clean(summary));
        if (description) expect(event.description).toBe(clean(description));
      }),
      { numRuns: 60 },
    );
  });

  it('writes the escapes RFC 5545 asks for, in the calendar name too', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
    const text = icsText({
      productId: 'apv-dialog',
      name: 'Handleplan – "Nord"; æøå',
      stamp: '20270305T000000Z',
      events: [],
    });
    expect(text).toContain('X-WR-CALNAME:Handleplan – "Nord"\\; æøå\r\n');
  });
});

describe('the meetings calendar', () => {
  const input = {
    processId: 'p1',
    workplace: 'Børnehuset Solsikken',
    meetings: {
      dialogmoede1: '2027-01-12T13:00',
      vurderingsmoede: '2027-01-21T09:00',
      dialogmoede2: '2027-02-09T13:00',
      handleplanmoede: '',
    },
    titles: {
      dialogmoede1: '1. dialogmøde',
      vurderingsmoede: 'Vurderingsmøde',
      dialogmoede2: '2. dialogmøde',
      handleplanmoede: 'Handleplanmøde',
    },
    description: 'APV-proces for Børnehuset Solsikken',
    name: 'APV-møder – Børnehuset Solsikken',
    now: '2026-12-01T09:30:00.000Z',
    reminder: 'I morgen',
  };

  it('holds Copenhagen time with its VTIMEZONE, so 13:00 is 12:00 UTC in winter and 11:00 in summer', () => {
    const summer = meetingsIcs({
      ...input,
      meetings: { ...input.meetings, handleplanmoede: '2027-06-10T13:00' },
    })!;
    expect(summer).toContain(`DTSTART;TZID=${TIME_ZONE}:20270112T130000`);
    expect(summer).toContain(`DTEND;TZID=${TIME_ZONE}:20270112T150000`);
    const cal = parse(summer);
    const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    expect(zone.tzid).toBe(TIME_ZONE);
    const events = cal.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const utc = (e: ICAL.Event) => {
      const t = e.startDate.clone();
      t.zone = zone;
      return t.toJSDate().toISOString();
    };
    expect(events.map((e) => e.summary)).toEqual([
      '1. dialogmøde – Børnehuset Solsikken',
      'Vurderingsmøde – Børnehuset Solsikken',
      '2. dialogmøde – Børnehuset Solsikken',
      'Handleplanmøde – Børnehuset Solsikken',
    ]);
    expect(utc(events[0]!)).toBe('2027-01-12T12:00:00.000Z');
    expect(utc(events[3]!)).toBe('2027-06-10T11:00:00.000Z');
    expect(events[3]!.endDate.toString()).toBe('2027-06-10T14:30:00');
    expect(events[0]!.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2026-12-01T09:30:00Z',
    );
  });

  it('reminds at 09:00 the day before each meeting', () => {
    const cal = parse(meetingsIcs(input)!);
    const [first] = cal.getAllSubcomponents('vevent');
    const alarm = first!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    // 13:00 less 28 hours is 09:00 the day before.
    const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-28 * 3600);
    expect(alarm.getFirstPropertyValue('description')).toBe(
      'I morgen: 1. dialogmøde – Børnehuset Solsikken',
    );
  });

  it('is null without a planned meeting', () => {
    const none = { dialogmoede1: '', vurderingsmoede: '', dialogmoede2: '', handleplanmoede: '' };
    expect(meetingsIcs({ ...input, meetings: none })).toBeNull();
  });
});
