// The report package's seal: every file of the reports folder with its SHA-256, written last, so
// `mskit verify-report` can tell later whether anything was changed, removed or slipped in.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sha256Of, sha256OfFile } from './fileDigest.ts';

export const manifestFileName = 'manifest.json';

export interface Manifest {
  runId: string;
  createdAt: string;
  algorithm: 'sha256';
  files: { path: string; sha256: string; bytes: number }[];
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path, root);
      return entry.isFile() ? [relative(root, path).split(sep).join('/')] : [];
    }),
  );
  return nested.flat().sort();
}

export async function writeManifest(dir: string, runId: string): Promise<Manifest> {
  const paths = (await listFiles(dir)).filter((p) => p !== manifestFileName);
  const files = await Promise.all(
    paths.map(async (path) => {
      const content = await readFile(join(dir, path));
      return { path, sha256: sha256Of(content), bytes: content.length };
    }),
  );
  const manifest: Manifest = { runId, createdAt: new Date().toISOString(), algorithm: 'sha256', files };
  await writeFile(join(dir, manifestFileName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export interface ManifestCheck {
  runId: string;
  ok: boolean;
  changed: string[];
  missing: string[];
  added: string[];
  /** Set when signoff.json names another run than the manifest (files from two runs mixed). */
  runMismatch?: string;
}

export async function verifyManifest(dir: string): Promise<ManifestCheck> {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, manifestFileName), 'utf8')) as Manifest;
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new Error(
      missing
        ? `no ${manifestFileName} in ${dir}: is this a report folder written by mskit run?`
        : `${join(dir, manifestFileName)} is not valid JSON: the package is damaged`,
    );
  }
  if (!Array.isArray(manifest.files) || typeof manifest.runId !== 'string') {
    throw new Error(`${join(dir, manifestFileName)} is not an mskit manifest (no runId or files list)`);
  }
  const present = new Set((await listFiles(dir)).filter((p) => p !== manifestFileName));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const file of manifest.files) {
    if (!present.has(file.path)) missing.push(file.path);
    else if ((await sha256OfFile(join(dir, file.path))) !== file.sha256) changed.push(file.path);
    present.delete(file.path);
  }
  const added = [...present];
  const check: ManifestCheck = { runId: manifest.runId, ok: false, changed, missing, added };
  if (manifest.files.some((f) => f.path === 'signoff.json') && !missing.includes('signoff.json')) {
    try {
      const signoffRun = (JSON.parse(await readFile(join(dir, 'signoff.json'), 'utf8')) as { runId?: unknown }).runId;
      if (signoffRun !== manifest.runId) check.runMismatch = `signoff.json names run ${String(signoffRun)}, the manifest run ${manifest.runId}`;
    } catch {
      if (!changed.includes('signoff.json')) changed.push('signoff.json');
    }
  }
  check.ok = changed.length === 0 && missing.length === 0 && added.length === 0 && !check.runMismatch;
  return check;
}
