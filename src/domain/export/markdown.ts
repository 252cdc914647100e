import { textLines, type DocBlock, type DocModel, type DocRow } from './docModel';
import { planDocModel } from './planDoc';
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
  return textLines(text).map(escapeMarkdownLine).join('<br>');
}

/** Free text as paragraphs: each line escaped, line breaks kept. */
function markdownText(text: string): string {
  return textLines(text).map(escapeMarkdownLine).join('  \n');
}

/** A table; a struck row (kept for the record, no longer standing) is struck through. */
function table(header: readonly string[], rows: readonly DocRow[]): string[] {
  const line = (cells: readonly string[], struck = false) =>
    `| ${cells
      .map((c) => (struck && c.trim() ? `~~${markdownCell(c)}~~` : markdownCell(c)))
      .join(' | ')} |`;
  return [
    line(header),
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => line(r.cells, r.struck)),
  ];
}

/** One block of the model as Markdown lines, ending with a blank line. */
function block(b: DocBlock): string[] {
  switch (b.kind) {
    case 'subheading':
      return [`### ${escapeMarkdownLine(b.text)}`, ''];
    case 'fields':
      // One list item per field; a value's further lines indented to stay in its item.
      return [
        ...b.rows.map(
          ([label, value]) =>
            `- **${markdownCell(label)}:** ${markdownText(value).replaceAll('\n', '\n  ')}`,
        ),
        '',
      ];
    case 'list':
      return [...b.items.map((item) => `- ${markdownCell(item)}`), ''];
    case 'table':
      return [...table(b.table.header, b.table.rows), ''];
    case 'signatures':
      return [
        ...table(
          b.header,
          b.lines.map((l) => ({ cells: [l.role, l.name, l.date, ''] })),
        ),
        '',
      ];
  }
}

/** A document model (the handleplan, the APV-dokumentation) as Markdown. */
function docModelMarkdown(m: DocModel): string {
  const out: string[] = [`# ${escapeMarkdownLine(m.heading)}`, ''];
  for (const [label, value] of m.meta) {
    out.push(`**${markdownCell(label)}:** ${markdownCell(value)}  `);
  }
  out.push('');
  for (const s of m.sections) {
    out.push(`## ${escapeMarkdownLine(s.heading)}`, '', ...s.blocks.flatMap(block));
  }
  return out.join('\n');
}

/** The handleplan as a Markdown document, from the model its Word file and print view share. */
export function planMarkdown(input: PlanExportInput): string {
  return docModelMarkdown(planDocModel(planPrintModel(input)));
}
