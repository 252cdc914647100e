// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Packer } from 'docx';
import JSZip from 'jszip';
import { examplePlan, workplaceName } from '../plan/exampleWorkplace.testHelper';
import { planDocx } from './docx';
import { exampleExportInput } from './exportInput.testHelper';
import { planPrintModel } from './planRows';

async function documentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

describe('the handleplan as a Word document', () => {
  it('imports nothing but docx at run time, so it can be loaded lazily', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/domain/export/docx.ts'), 'utf8');
    const runtimeImports = [...source.matchAll(/^import (?!type )[^;]*?from '([^']+)'/gm)].map(
      (m) => m[1],
    );
    expect(runtimeImports).toEqual(['docx']);
  });

  it('packs into a .docx holding the workplace, initiatives, Kilde and absence sections', async () => {
    const xml = await documentXml(
      await Packer.toBuffer(planDocx(planPrintModel(exampleExportInput()))),
    );
    const plan = examplePlan();
    expect(xml).toContain(workplaceName);
    expect(xml).toContain('05-03-2027');
    expect(xml).toContain(plan.initiatives[0]!.title);
    expect(xml).toContain('>Kilde<');
    // Quotes are escaped as &quot; in the XML.
    expect(xml).toMatch(/Ønsker: &quot;[^<]+&quot; \(gr\. 1, 2, 4; 21 streger\)/);
    expect(xml).toContain('Sygefravær');
    expect(xml).toContain('5,5 %');
    expect(xml).toContain('w:orient="landscape"');
  });

  it('includes the communication plan when there is one', async () => {
    const plan = examplePlan();
    plan.communication = [
      { id: 'c1', what: 'Status på indsatserne', audience: 'Alle', when: 'Maj', channel: 'email' },
    ];
    const xml = await documentXml(
      await Packer.toBuffer(planDocx(planPrintModel(exampleExportInput(plan)))),
    );
    expect(xml).toContain('Kommunikation');
    expect(xml).toContain('Status på indsatserne');
    expect(xml).toContain('E-mail');
  });
});
