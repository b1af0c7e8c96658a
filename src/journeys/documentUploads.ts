// Document bodies (seed §2.3.3, interface §3): a tiny but real file, base64-encoded, named with an
// accepted extension unless the scenario names it otherwise.
import { contractEnum } from './sellerContractEnums.ts';

/** A minimal PDF: enough bytes to be a file, small enough to keep the suite fast. */
const tinyPdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

/** Every document type of the contract, the seller's and the contacts' (seed §2.3.3, interface §3). */
export function documentTypes(): string[] {
  return [...contractEnum('SellerDocumentType'), ...contractEnum('ContactDocumentType')];
}

export interface DocumentUpload {
  name: string;
  type: string;
  fileContent: string;
}

export function documentUpload(type: string, options: { name?: string; fileContent?: string } = {}): DocumentUpload {
  return { name: options.name ?? `${type.toLowerCase().replace(/_/g, '-')}.pdf`, type, fileContent: options.fileContent ?? tinyPdf };
}

/** base64 of `bytes` zero bytes: the size limit is on the decoded content (interface §3). */
export function contentOfSize(bytes: number): string {
  return Buffer.alloc(bytes).toString('base64');
}
