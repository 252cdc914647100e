// @vitest-environment node
import { Packer } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { apvRecordModel } from './apvRecord';
import { TEXT_WIDTH } from './docxParts';
import { exampleApprovals, recordInput } from './exampleProcess.testHelper';
import { exampleExportInput } from './exportInput.testHelper';
import { docModelDocx } from './docModelDocx';
import { planDocModel } from './planDoc';
import { planPrintModel } from './planRows';
import { examplePlan, exampleFollowUp } from '../plan/exampleWorkplace.testHelper';

async function documentXml(doc: ReturnType<typeof docModelDocx>) {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  return zip.file('word/document.xml')!.async('string');
}
const texts = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
const grids = (xml: string) =>
  [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
    [...m[1]!.matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
  );

describe('APV-dokumentation as Word', () => {
  it('holds every section of a process in follow-up, under the workplace’s title', async () => {
    const model = apvRecordModel(recordInput('followUp'));
    const xml = await documentXml(docModelDocx(model));
    const words = texts(xml);
    expect(words[0]).toBe('APV-dokumentation: Børnehuset Solsikken');
    for (const s of model.sections) expect(words).toContain(s.heading);
    expect(words).toContain('Afventer ny bus i 2028');
    expect(words).toContain('»Leder«');
    expect(words).toContain('4,4 %');
    // Every table fits the page exactly.
    for (const grid of grids(xml)) expect(grid.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
  });

  it('strikes the duplicates on the bruttoliste', async () => {
    const xml = await documentXml(docModelDocx(apvRecordModel(recordInput('meeting1'))));
    const struck = [...xml.matchAll(/<w:r><w:rPr><w:strike\/>.*?<w:t[^>]*>([^<]*)<\/w:t>/g)];
    expect(struck.map((m) => m[1])).toContain('Dublet af nr. 1');
  });

  it('gives each approver a row to sign, in the record and in the plan', async () => {
    const record = await documentXml(docModelDocx(apvRecordModel(recordInput('plan'))));
    const plan = await documentXml(
      docModelDocx(
        planDocModel(
          planPrintModel(
            exampleExportInput(
              { ...examplePlan(), approvals: exampleApprovals() },
              exampleFollowUp(),
            ),
          ),
        ),
      ),
    );
    for (const xml of [record, plan]) {
      expect(texts(xml)).toEqual(
        expect.arrayContaining(['Underskrift', 'Mette Kjær, Daglig leder']),
      );
      expect(xml).toMatch(/<w:trHeight w:val="800" w:hRule="atLeast"\/>/);
    }
  });

  it('shows what is missing in an incomplete plan in bold dark red', async () => {
    const xml = await documentXml(
      docModelDocx({
        heading: 'Handleplan',
        meta: [],
        page: { page: 'Side', of: 'af' },
        sections: [
          {
            id: 'initiatives',
            heading: 'Indsatserne',
            blocks: [
              { kind: 'fields', rows: [['Mangler', 'Ansvarlig mangler']], alert: true },
              { kind: 'fields', rows: [['Status', 'I gang']] },
            ],
          },
        ],
      }),
    );
    const run = (text: string) =>
      [...xml.matchAll(/<w:r>(.*?)<\/w:r>/g)].find((m) => m[1]!.includes(`>${text}<`))![1]!;
    expect(run('Ansvarlig mangler')).toContain('<w:color w:val="8A1010"/>');
    expect(run('Ansvarlig mangler')).toContain('<w:b/>');
    expect(run('I gang')).not.toContain('<w:color');
  });
});
