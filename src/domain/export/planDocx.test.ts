// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { exampleFollowUp, examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import type { Handleplan } from '../plan/handleplan';
import { docModelDocx } from './docModelDocx';
import { PAGE, TABLE_TEXT_SIZE, TEXT_WIDTH } from './docxParts';
import { exampleExportInput } from './exportInput.testHelper';
import { planDocModel } from './planDoc';
import { planPrintModel } from './planRows';

async function unzip(plan: Handleplan = examplePlan(), followUp = exampleFollowUp()) {
  const buffer = await Packer.toBuffer(
    docModelDocx(planDocModel(planPrintModel(exampleExportInput(plan, followUp)))),
  );
  const zip = await JSZip.loadAsync(buffer);
  const file = (name: string) => zip.file(name)!.async('string');
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  return {
    xml: await file('word/document.xml'),
    footers: await Promise.all(footers.map(file)),
  };
}

const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];
const tables = (xml: string) => all(xml, /<w:tbl>.*?<\/w:tbl>/g).map((m) => m[0]);
const rows = (table: string) => all(table, /<w:tr>.*?<\/w:tr>/g).map((m) => m[0]);
const cells = (row: string) => all(row, /<w:tc>.*?<\/w:tc>/g).map((m) => m[0]);
const texts = (xml: string) => all(xml, /<w:t[^>]*>([^<]*)<\/w:t>/g).map((m) => m[1]!);
const twips = (xml: string, tag: string) =>
  all(xml, new RegExp(`<w:${tag}(?: w:type="dxa")? w:w="(\\d+)"/>`, 'g')).map((m) => Number(m[1]));

/** A generous width for one character of 10-point Calibri (bold), in twips. */
const CHAR_TWIPS = 0.52 * (TABLE_TEXT_SIZE / 2) * 20;

describe('the handleplan as a Word document', () => {
  it('imports nothing but docx at run time (itself and its Word modules), so it loads lazily', () => {
    // docModel.ts is pure and small: its types and its line splitting.
    const word = ['docModelDocx.ts', 'docxParts.ts', 'docModelDocxBlob.ts', 'docModel.ts'];
    for (const file of word) {
      const source = readFileSync(resolve(process.cwd(), 'src/domain/export', file), 'utf8');
      const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gm)].map(
        (m) => m[1]!,
      );
      for (const from of runtimeImports) {
        const own = word.includes(`${from.replace('./', '')}.ts`);
        expect(from === 'docx' || own, from).toBe(true);
      }
    }
  });

  it('names the workplace in its title and holds the initiatives, Kilde and absence', async () => {
    const { xml } = await unzip();
    const plan = examplePlan();
    expect(xml).toContain(
      `<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Handleplan: ${workplaceName}</w:t>`,
    );
    expect(xml).toContain('05-03-2027');
    for (const [n, i] of plan.initiatives.entries()) expect(xml).toContain(`${n + 1}. ${i.title}`);
    expect(xml).toContain('>Kilde<');
    expect(xml).toMatch(/Ønsker: »[^<]+« \(gr\. 1, 2, 4; 21 streger; Arbejdes der med: /);
    expect(xml).toContain('Sygefravær');
    expect(xml).toContain('5,5 %');
  });

  it('is A4 portrait, and every table fits the text width in fixed columns', async () => {
    const { xml } = await unzip();
    expect(xml).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>`);
    const all = tables(xml);
    // Overview, five initiative blocks, sickness absence, three follow-up tables.
    expect(all).toHaveLength(10);
    for (const table of all) {
      expect(table).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = twips(table.match(/<w:tblGrid>.*?<\/w:tblGrid>/)![0], 'gridCol');
      expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
      for (const row of rows(table)) {
        expect(cells(row).map((c) => twips(c, 'tcW')[0])).toEqual(grid);
      }
    }
  });

  it('gives every word of the example room in its column, so none breaks mid-word', async () => {
    const { xml } = await unzip();
    const tooLong: string[] = [];
    for (const table of tables(xml)) {
      for (const row of rows(table)) {
        for (const cell of cells(row)) {
          const room = twips(cell, 'tcW')[0]! - 200; // less the cell's left and right margins
          for (const word of texts(cell).join(' ').split(/\s+/)) {
            if (word.length * CHAR_TWIPS > room) tooLong.push(`${word} (${room})`);
          }
        }
      }
    }
    expect(tooLong).toEqual([]);
  });

  it('never splits a row across pages and repeats the header row of each list', async () => {
    const { xml } = await unzip();
    const [overview, ...rest] = tables(xml);
    for (const table of tables(xml)) {
      for (const row of rows(table)) expect(row).toContain('<w:cantSplit/>');
    }
    const headerRows = (table: string) => rows(table).filter((r) => r.includes('<w:tblHeader/>'));
    expect(headerRows(overview!)).toHaveLength(1);
    expect(rows(overview!)[0]).toContain('<w:tblHeader/>');
    expect(texts(rows(overview!)[0]!)).toEqual([
      'Nr.',
      'Indsats',
      'Ansvarlig',
      'Start',
      'Frist',
      'Status',
    ]);
    // The blocks (label–value) have no header; the three follow-up tables do.
    expect(rest.map((t) => headerRows(t).length)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it('keeps each initiative block with its heading on one page where it fits', async () => {
    const { xml } = await unzip();
    const block = xml.slice(xml.indexOf('1. Fast forberedelsestid'));
    expect(xml.slice(0, xml.indexOf('1. Fast forberedelsestid')).slice(-200)).toContain(
      '<w:keepNext/>',
    );
    const blockRows = rows(tables(block)[0]!);
    for (const row of blockRows.slice(0, -1)) expect(row).toContain('<w:keepNext/>');
    expect(blockRows.at(-1)).not.toContain('<w:keepNext/>');
  });

  it('numbers its pages in the footer: "Side X af Y"', async () => {
    const { xml, footers } = await unzip();
    expect(xml).toContain('<w:footerReference w:type="default"');
    const footer = footers.find((f) => f.includes('PAGE'))!;
    expect(texts(footer).join('').replace(/\s+/g, ' ')).toMatch(/^Side \d* ?af \d*$/);
    expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>NUMPAGES<\/w:instrText>/);
    expect(footer.indexOf('>PAGE<')).toBeLessThan(footer.indexOf('>NUMPAGES<'));
  });

  it('holds the follow-up: effect checks, absence against the baseline, what staff were told', async () => {
    const { xml } = await unzip();
    const followUp = texts(xml.slice(xml.lastIndexOf('>Opfølgning<'))).join('|');
    expect(followUp).toContain('Tjek af effekten');
    expect(followUp).toContain('1. Fast forberedelsestid|01-06-2027|03-06-2027|Delvist');
    expect(followUp).toContain('Sygefravær efter planens start');
    expect(followUp).toContain('01-07-2027 – 31-12-2027|3760|164|4,4 %|1,1 procentpoint under');
    expect(followUp).toContain('Hvad personalet har fået at vide');
    expect(followUp).toContain('22-02-2027|Handleplanen fremlagt; hvem gør hvad og hvornår');
  });

  it('includes the communication plan when there is one', async () => {
    const plan = examplePlan();
    plan.communication = [
      { id: 'c1', what: 'Status på indsatserne', audience: 'Alle', when: 'Maj', channel: 'email' },
    ];
    const { xml } = await unzip(plan);
    expect(xml).toContain('Kommunikation');
    expect(xml).toContain('Status på indsatserne');
    expect(xml).toContain('E-mail');
  });
});
