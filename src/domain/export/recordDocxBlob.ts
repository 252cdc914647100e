import { Packer } from 'docx';
import type { DocModel } from './docModel';
import { docModelDocx } from './recordDocx';

/** A document model (the APV-dokumentation) as a .docx file. Loaded on demand: it pulls in docx. */
export function docModelDocxBlob(model: DocModel): Promise<Blob> {
  return Packer.toBlob(docModelDocx(model));
}
