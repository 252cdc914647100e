import { describe, expect, it } from 'vitest';
import { examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
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

describe('the handleplan as Markdown', () => {
  it('has the title, workplace, date and a table with the Kilde column', () => {
    const md = planMarkdown(exampleExportInput());
    const lines = md.split('\n');
    expect(lines[0]).toBe('# Handleplan');
    expect(md).toContain(`**Arbejdsplads:** ${workplaceName}`);
    expect(md).toContain('**Dato:** 05-03-2027');
    const header = lines.find((l) => l.startsWith('| Nr.'))!;
    expect(header.endsWith('| Kilde |')).toBe(true);
    const columns = header.split(' | ').length;
    const rows = lines.filter((l) => l.startsWith('| 1 |') || l.startsWith('| 2 |'));
    expect(rows).toHaveLength(2);
    // Every row has as many cells as the header: no stray pipes.
    for (const row of rows) expect(row.split(/(?<!\\) \| /).length).toBe(columns);
    expect(md).toContain('## Sygefravær');
    expect(md).toContain('**Fraværsprocent:** 5,5 %');
  });

  it('escapes a title that tries to break the table', () => {
    const plan = examplePlan();
    plan.initiatives[0] = { ...plan.initiatives[0]!, title: '# Ny | kolonne' };
    const md = planMarkdown(exampleExportInput(plan));
    expect(md).toContain('| 1 | \\# Ny \\| kolonne |');
  });
});
