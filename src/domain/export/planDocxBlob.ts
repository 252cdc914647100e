import { Packer } from 'docx';
import { planDocx } from './docx';
import type { PlanPrintModel } from './planRows';

/** The handleplan as a .docx file. Loaded on demand: this module pulls in the docx library. */
export function planDocxBlob(model: PlanPrintModel): Promise<Blob> {
  return Packer.toBlob(planDocx(model));
}
