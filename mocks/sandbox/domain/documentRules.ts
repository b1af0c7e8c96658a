import { DomainProblem, unprocessable, type FieldError } from './problem.ts';
import type { MarketplaceContext } from './marketplace.ts';

// Document uploads (seed §2.3.3, interface §3): restricted extensions, base64 content, 10 MiB at most.
export interface DocumentUpload {
  name: string;
  type: string;
  fileContent: string;
}

export const documentTypes = {
  seller: ['COMPANY_REGISTRATION', 'FISCAL_STATEMENT', 'ARTICLES_OF_ASSOCIATION', 'BANK_DETAILS'],
  contact: ['IDENTITY_CARD', 'PASSPORT', 'RESIDENCE_PERMIT', 'PROOF_OF_ADDRESS'],
} as const;

export const maxDocumentBytes = 10 * 1024 * 1024;

/** Linear on multi-MiB contents: an alphabet run, at most two pads, whole 4-character groups. */
function isBase64(content: string): boolean {
  return content.length >= 4 && content.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(content);
}

export function decodedSize(content: string): number {
  const padding = content.endsWith('==') ? 2 : content.endsWith('=') ? 1 : 0;
  return (content.length / 4) * 3 - padding;
}

export function checkDocumentUpload(context: MarketplaceContext, upload: DocumentUpload, partyKind: 'seller' | 'contact'): void {
  const errors: FieldError[] = [];
  // DOC-EXTENSION-RESTRICTED: .pdf, .jpg, .jpeg or .png only.
  if (!/\.(pdf|jpe?g|png)$/i.test(upload.name) && !context.faults.has('document-extension-unchecked')) errors.push({ field: 'name', message: 'must end in .pdf, .jpg, .jpeg or .png' });
  const allowed: readonly string[] = documentTypes[partyKind];
  if (!allowed.includes(upload.type)) errors.push({ field: 'type', message: `must be one of ${allowed.join(', ')} for a ${partyKind} document` });
  // DOC-BASE64: the content is valid base64.
  if (!isBase64(upload.fileContent) && !context.faults.has('document-base64-unchecked')) errors.push({ field: 'fileContent', message: 'must be base64-encoded' });
  if (errors.length > 0) throw unprocessable('VALIDATION_FAILED', 'The document is not acceptable.', errors);
  // DOC-SIZE-LIMIT: at most 10 MiB once decoded, else 413.
  const size = decodedSize(upload.fileContent);
  if (size > maxDocumentBytes && !context.faults.has('document-size-unlimited')) {
    throw new DomainProblem(413, 'DOCUMENT_TOO_LARGE', `The document is ${size} bytes once decoded, above the 10 MiB limit (${maxDocumentBytes} bytes).`, [
      { field: 'fileContent', message: 'must be at most 10 MiB once decoded' },
    ]);
  }
}
