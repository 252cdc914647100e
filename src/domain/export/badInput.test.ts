// @vitest-environment node
import { Buffer } from 'node:buffer';
import { Packer } from 'docx';
import fc from 'fast-check';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exampleFollowUp, examplePlan } from '../plan/exampleWorkplace.testHelper';
import type { Handleplan } from '../plan/handleplan';
import { wouldBeFormula, planCsv } from './csv';
import { parseCsv } from './csvParse.testHelper';
import { docTexts, textLines } from './docModel';
import { docModelDocx } from './docModelDocx';
import { exampleApprovals } from './exampleProcess.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { planMarkdown } from './markdown';
import { planDocModel } from './planDoc';
import { planIcs } from './planIcs';
import { planPrintModel } from './planRows';

/*
 * What people type, at its worst, in every field the documents show: Danish letters, quotes,
 * semicolons, line breaks of every kind, emoji, a formula's first character, markup and links,
 * and a description of 5,000 characters. Each document must hold all of it, whole, and run none.
 */

/** 5,000 characters of words, with an end that shows whether anything was cut. */
const LONG =
  `${'Beskrivelse med mange ord, æøå og »citater«; '.repeat(120)}`.slice(0, 4984) +
  ' SLUT PÅ TEKSTEN';
const HOSTILE = [
  'Ærø, øl og å: "citat" og »citat«; semikolon',
  'Linje 1\nLinje 2\r\nLinje 3\rLinje 4',
  '💡 Ro i huset 👩‍👩‍👧 🇩🇰',
  '=HYPERLINK("https://evil.example";"klik")',
  '+45 2233 4455',
  '-Alle',
  '@SUM(1;2)',
  '\tmed fane først',
  '\rmed CR først',
  '<script>alert(1)</script> <b>fed</b> *stjerne* [link](https://evil.example) www.evil.example',
  '# ikke en overskrift | ikke en kolonne',
];

function hostilePlan(): Handleplan {
  const plan: Handleplan = { ...examplePlan(), approvals: exampleApprovals() };
  const initiatives = plan.initiatives;
  plan.initiatives = HOSTILE.map((text, n) => ({
    ...initiatives[n % initiatives.length]!,
    id: `init-${n + 1}`,
    title: text,
    how: n === 0 ? LONG : text,
    responsible: text,
    success: text,
    statusNote: text,
    problem: { kind: text, severity: text, extent: text, causes: text },
  }));
  plan.goals = HOSTILE.map((text, n) => ({ ...plan.goals[0]!, id: `goal-${n}`, text }));
  plan.communication = HOSTILE.map((text, n) => ({
    id: `c${n}`,
    what: text,
    audience: text,
    when: text,
    channel: 'email',
  }));
  plan.approvals = plan.approvals.map((a, n) => ({ ...a, name: HOSTILE[n]!, title: '' }));
  return plan;
}

function hostileInput() {
  const followUp = exampleFollowUp();
  followUp.checks = HOSTILE.map((note, n) => ({
    ...followUp.checks[0]!,
    id: `check-${n}`,
    initiativeId: `init-${n + 1}`,
    note,
  }));
  followUp.communicationLog = HOSTILE.map((what, n) => ({
    ...followUp.communicationLog[0]!,
    id: `told-${n}`,
    what,
  }));
  return exampleExportInput(hostilePlan(), followUp);
}

/** Each line of each hostile text, as a reader sees it (blank lines and edges aside). */
const visibleLines = [...HOSTILE, LONG].flatMap((t) =>
  textLines(t)
    .map((l) => l.trim())
    .filter((l) => l !== ''),
);
/** What the Markdown of a plan renders to, and nothing else. */
const ALLOWED_TAGS = [
  'h1',
  'h2',
  'h3',
  'p',
  'strong',
  'br',
  'ul',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const squash = (s: string) => s.replace(/\s+/g, ' ');

describe('bad input in every document', () => {
  it('the document model holds every text whole, the 5,000 characters included', () => {
    const all = docTexts(planDocModel(planPrintModel(hostileInput()))).join('\u0000');
    for (const text of [...HOSTILE, LONG]) expect(all).toContain(text);
  });

  it('Markdown: no markup, link, heading or column comes from the text, and all of it shows', () => {
    const md = planMarkdown(hostileInput());
    // Even with raw HTML allowed and bare links turned into links, nothing typed becomes markup.
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    for (const tag of ['<script', '<b>', '<a ', '<em>', '<strong>fed', '<h1>ikke'])
      expect(html).not.toContain(tag);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    const model = planDocModel(planPrintModel(hostileInput()));
    expect(html.match(/<h2>/g)).toHaveLength(model.sections.length);
    const text = squash(
      html
        .replace(/<[^>]+>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    for (const line of visibleLines) expect(text).toContain(squash(line));
    // Every table row has as many cells as its header.
    for (const table of html.match(/<table>.*?<\/table>/gs) ?? []) {
      const widths = [...table.matchAll(/<tr>(.*?)<\/tr>/gs)].map(
        (r) => r[1]!.match(/<t[hd][ >]/g)!.length,
      );
      expect(new Set(widths).size).toBe(1);
    }
  });

  it('CSV: every text in its own cell, whole; a formula’s first character always guarded', () => {
    const rows = parseCsv(planCsv(hostileInput()));
    const cells = rows.flat();
    for (const text of [...HOSTILE, LONG]) {
      expect(cells).toContain(wouldBeFormula(text) ? `'${text}` : text);
    }
    for (const cell of cells) expect(wouldBeFormula(cell), cell).toBe(false);
    expect(cells).toContain('+45 2233 4455');
    expect(cells).toContain('-Alle');
    const header = rows.find((r) => r[0] === 'Nr.')!;
    for (const row of rows.slice(rows.indexOf(header), rows.indexOf(header) + HOSTILE.length + 1))
      expect(row).toHaveLength(header.length);
  });

  it('Word: well-formed XML with every text escaped and whole, each line its own paragraph', async () => {
    const model = planDocModel(planPrintModel(hostileInput()));
    const zip = await JSZip.loadAsync(await Packer.toBuffer(docModelDocx(model)));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).not.toContain('<script');
    expect(xml).toContain('&lt;script&gt;');
    // No character XML 1.0 forbids, and no CR left inside a run (each line is a paragraph).
    const forbidden = [...xml].filter((c) => c < ' ' && !'\t\n\r'.includes(c));
    expect(forbidden).toEqual([]);
    const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) =>
      m[1]!
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    );
    for (const run of runs) expect(run).not.toMatch(/[\r\n]/);
    const text = squash(runs.join(' '));
    for (const line of visibleLines) expect(text).toContain(squash(line));
  });

  it('calendar: every line folded, and a parser reads each title back', () => {
    const result = planIcs(hostileInput());
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    for (const line of result.text.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = new ICAL.Component(ICAL.parse(result.text))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    const summaries = squash(events.map((e) => e.summary).join(' '));
    for (const text of HOSTILE)
      for (const line of textLines(text).filter((l) => l.trim()))
        expect(summaries).toContain(squash(line.trim()));
  });

  it('any text at all: the model keeps it whole, and Markdown makes no element of it', () => {
    const md = new MarkdownIt({ html: true, linkify: true });
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { minLength: 3, maxLength: 3 }),
        ([title, how, note]) => {
          const plan = examplePlan();
          plan.initiatives[0] = { ...plan.initiatives[0]!, title: title!, how: how! };
          const followUp = exampleFollowUp();
          followUp.checks[0] = { ...followUp.checks[0]!, note: note! };
          const input = exampleExportInput(plan, followUp);
          const model = planDocModel(planPrintModel(input));
          const texts = docTexts(model).join('\u0000');
          for (const t of [title!, how!, note!]) expect(texts).toContain(t);
          const html = md.render(planMarkdown(input));
          expect(html.match(/<h1>/g)).toHaveLength(1);
          expect(html.match(/<h2>/g)).toHaveLength(model.sections.length);
          // Only the elements the model itself makes, and bold only for its labels.
          const tags = new Set([...html.matchAll(/<([a-z0-9]+)/g)].map((m) => m[1]));
          for (const tag of tags) expect(ALLOWED_TAGS).toContain(tag);
          const labels = model.sections
            .flatMap((sec) => sec.blocks)
            .reduce((n, b) => n + (b.kind === 'fields' ? b.rows.length : 0), model.meta.length);
          expect(html.match(/<strong>/g)).toHaveLength(labels);
        },
      ),
      { numRuns: 60 },
    );
  });
});
