import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exampleFollowUp, examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { escapeMarkdownLine, markdownCell, planMarkdown } from './markdown';

describe('Markdown escaping', () => {
  it('escapes table pipes and inline markup', () => {
    expect(markdownCell('a | b')).toBe('a \\| b');
    expect(escapeMarkdownLine('*fed* _kursiv_ [link](x) <b>')).toBe(
      '\\*fed\\* \\_kursiv\\_ \\[link\\](x) \\<b\\>',
    );
  });

  it('disarms block markers at the start of a line', () => {
    expect(escapeMarkdownLine('# Overskrift')).toBe('\\# Overskrift');
    expect(escapeMarkdownLine('- punkt')).toBe('\\- punkt');
    expect(escapeMarkdownLine('> citat')).toBe('\\> citat');
    expect(escapeMarkdownLine('1. nummer')).toBe('1\\. nummer');
    expect(escapeMarkdownLine('Uge #12 - status')).toBe('Uge #12 - status');
  });

  it('keeps a multi-line cell on one table row', () => {
    expect(markdownCell('første\n# anden')).toBe('første<br>\\# anden');
  });
});

describe('no live links from what users typed', () => {
  // GitHub-style autolinks: schemes, www. and e-mail addresses.
  const md = new MarkdownIt({ linkify: true });
  md.linkify.set({ fuzzyLink: false });

  it('shows a URL, www. address or e-mail as text, never as a link', () => {
    for (const text of [
      'Se https://intranet.example/apv?x=1 for mere',
      'www.arbejdstilsynet.dk',
      'Skriv til leder@solsikken.dk',
      'ftp://x.example og mailto:a@b.dk',
    ]) {
      const html = md.render(escapeMarkdownLine(text));
      expect(html, text).not.toContain('<a');
      expect(html.replace(/<[^>]+>/g, '').trim()).toBe(text);
    }
  });

  it('holds for the whole plan', () => {
    const plan = examplePlan();
    plan.initiatives[0] = {
      ...plan.initiatives[0]!,
      title: 'Læs https://evil.example/',
      how: 'Se www.evil.example\nog skriv til a@evil.example',
    };
    const html = md.render(planMarkdown(exampleExportInput(plan, exampleFollowUp())));
    expect(html).not.toContain('<a');
    expect(html).toContain('https://evil.example/');
  });
});

describe('the handleplan as Markdown', () => {
  it('has the title, workplace and date, then the summary, then one block per initiative', () => {
    const md = planMarkdown(exampleExportInput());
    const lines = md.split('\n');
    expect(lines[0]).toBe(`# Handleplan: ${workplaceName}`);
    expect(md).toContain(`**Arbejdsplads:** ${workplaceName}`);
    expect(md).toContain('**Dato:** 05-03-2027');
    // The same sections, in the same order, as the Word file and the print view.
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## Mål',
      '## Indsatserne kort',
      '## Indsatserne',
      '## Sygefravær',
    ]);
    // The summary: one line per initiative with who and when, no more columns than that.
    const header = lines.find((l) => l.startsWith('| Nr.'))!;
    expect(header).toBe('| Nr. | Indsats | Ansvarlig | Start | Frist | Status |');
    const rows = lines.filter((l) => /^\| \d \|/.test(l));
    expect(rows).toHaveLength(examplePlan().initiatives.length);
    for (const row of rows) expect(row.split(/(?<!\\) \| /)).toHaveLength(6);
    // Each initiative's block: its heading, then its fields, Kilde among them.
    const block = md.slice(md.indexOf('### 1\\. '), md.indexOf('### 2\\. '));
    for (const label of ['Hvad og hvordan', 'Problem', 'Ansvarlig', 'Frist', 'Status', 'Kilde'])
      expect(block).toContain(`**${label}:** `);
    expect(block).toMatch(/\*\*Kilde:\*\* Ønsker: »/);
    expect(md).toContain('**Fraværsprocent:** 5,5 %');
  });

  it('escapes a title that tries to break the table or start a heading', () => {
    const plan = examplePlan();
    plan.initiatives[0] = { ...plan.initiatives[0]!, title: '# Ny | kolonne' };
    const md = planMarkdown(exampleExportInput(plan));
    expect(md).toContain('| 1 | \\# Ny \\| kolonne |');
    expect(md).toContain('### 1\\. # Ny \\| kolonne');
  });

  it('ends with the follow-up: effect checks, absence against the baseline, what staff were told', () => {
    const md = planMarkdown(exampleExportInput(examplePlan(), exampleFollowUp()));
    const followUp = md.slice(md.indexOf('## Opfølgning'));
    expect(followUp).toContain('### Tjek af effekten');
    expect(followUp).toContain('| Indsats | Planlagt | Holdt | Virker det? | Note |');
    expect(followUp).toContain(
      '| 1\\. Fast forberedelsestid | 01-06-2027 | 03-06-2027 | Delvist |',
    );
    expect(followUp).toContain('### Sygefravær efter planens start');
    expect(followUp).toContain(
      '| 01-07-2027 – 31-12-2027 | 3760 | 164 | 4,4 % | 1,1 procentpoint under |',
    );
    expect(followUp).toContain(
      '| Udgangspunkt<br>01-01-2026 – 31-12-2026 | 7480 | 412 | 5,5 % |  |',
    );
    expect(followUp).toContain('### Hvad personalet har fået at vide');
    expect(followUp).toContain(
      '| 22-02-2027 | Handleplanen fremlagt; hvem gør hvad og hvornår | Personalemøde |',
    );
  });

  it('has no follow-up section before anything was followed up', () => {
    expect(planMarkdown(exampleExportInput())).not.toContain('## Opfølgning');
  });
});
