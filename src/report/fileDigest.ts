// SHA-256 of the files a sign-off depends on, so an approver can tell later exactly what was checked.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export function sha256Of(content: Buffer | string): string {
  return createHash('sha256').update(content).digest('hex');
}

export async function sha256OfFile(path: string): Promise<string> {
  return sha256Of(await readFile(path));
}

export interface FileDigest {
  path: string;
  sha256: string | null;
}

/** The digest of an input file, or null when it does not exist (the report says so rather than failing). */
export async function digestInput(path: string): Promise<FileDigest> {
  try {
    return { path, sha256: await sha256OfFile(path) };
  } catch {
    return { path, sha256: null };
  }
}
