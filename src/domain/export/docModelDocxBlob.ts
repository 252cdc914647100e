import { Packer } from 'docx';
import type { DocModel } from './docModel';
import { docModelDocx } from './docModelDocx';

/** A document model (the handleplan, the APV-dokumentation) as a .docx file. Loaded on demand: it pulls in docx. */
export function docModelDocxBlob(model: DocModel): Promise<Blob> {
  return Packer.toBlob(docModelDocx(model));
}
