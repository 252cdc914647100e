import { followUpTables } from './followUpTables';
import { planPrintModel, type PlanExportInput } from './planRows';

/** Characters with inline meaning in Markdown (and | in tables). */
const INLINE_SPECIAL = /[\\`*_[\]<>|~]/g;
/** Line starts that would turn text into a heading, quote, list or rule. */
const BLOCK_START = /^(\s*)([#>+=-]|\d+[.)])/;

/**
 * What a renderer would turn into a live link (GFM autolinks): a scheme's "://", "www." and
 * the "@" of an e-mail address. Escaping one character breaks the link and shows the same text.
 */
const AUTOLINK = /(:)(?=\/\/)|(?<=\bwww)(\.)|(@)/gi;

/** One line of text, safe as Markdown: specials escaped, block markers and links disarmed. */
export function escapeMarkdownLine(line: string): string {
  const escaped = line.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(AUTOLINK, (c) => `\\${c}`);
  return escaped.replace(BLOCK_START, (_m, space: string, marker: string) =>
    /^\d/.test(marker)
      ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`
      : `${space}\\${marker}`,
  );
}

/** A table cell: every line escaped, line breaks as <br> (a table row is one line). */
export function markdownCell(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .join('<br>');
}

/** Free text as paragraphs: each line escaped, line breaks kept. */
function markdownText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLine)
    .join('  \n');
}

function table(header: string[], rows: string[][]): string[] {
  const line = (cells: string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)];
}

/** The handleplan as a Markdown document. */
export function planMarkdown(input: PlanExportInput): string {
  const m = planPrintModel(input);
  const out: string[] = [`# ${escapeMarkdownLine(m.heading)}`, ''];
  for (const [label, value] of m.meta)
    out.push(`**${markdownCell(label)}:** ${markdownCell(value)}  `);
  out.push('');
  if (m.goals.length > 0) {
    out.push(`## ${escapeMarkdownLine(m.goalsHeading)}`, '');
    for (const goal of m.goals) out.push(`- ${markdownCell(goal)}`);
    out.push('');
  }
  out.push(
    ...table(
      m.columns.map((c) => c.label),
      m.rows.map((row) => m.columns.map((c) => row[c.id])),
    ),
    '',
  );
  out.push(`## ${escapeMarkdownLine(m.absenceHeading)}`, '');
  for (const [label, value] of m.absence) {
    out.push(`**${markdownCell(label)}:** ${markdownText(value)}`, '');
  }
  if (m.communication.length > 0) {
    out.push(`## ${escapeMarkdownLine(m.communicationHeading)}`, '');
    out.push(
      ...table(
        m.communicationColumns.map((c) => c.label),
        m.communication.map((row) => m.communicationColumns.map((c) => row[c.id])),
      ),
      '',
    );
  }
  const followUp = followUpTables(m.followUp);
  if (followUp.length > 0) out.push(`## ${escapeMarkdownLine(m.followUp.heading)}`, '');
  for (const t of followUp) {
    out.push(`### ${escapeMarkdownLine(t.heading)}`, '', ...table(t.header, t.rows), '');
  }
  return out.join('\n');
}
