// The package's manifest: every file of the reports folder with its SHA-256, written last. Alone it
// catches accidental changes (a truncated copy, a file edited or lost); anyone can recompute it,
// so against deliberate tampering it is signed (manifest.sig, packageSeal.ts) with the signer's key.
import type { KeyObject } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { sha256Of, sha256OfFile } from './fileDigest.ts';
import { keyFingerprint, signatureFileName, signatureHolds, signBytes, type SigningKey } from './packageSeal.ts';
import { packageFiles } from './reportFolder.ts';

export const manifestFileName = packageFiles.manifest;

/** Beside the sealed files, never in the manifest: the seal itself and the approval added later. */
const outsideTheSeal: ReadonlySet<string> = new Set([packageFiles.manifest, packageFiles.signature, packageFiles.approval, packageFiles.approvalSignature]);

export interface Manifest {
  format: 'mskit-manifest/1';
  runId: string;
  createdAt: string;
  algorithm: 'sha256';
  /** The key manifest.sig was made with, or null for a package nobody sealed. */
  seal: { algorithm: 'ed25519'; keyFingerprint: string } | null;
  files: { path: string; sha256: string; bytes: number }[];
}

export async function listFiles(dir: string, root = dir): Promise<string[]> {
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

/** Lists and hashes every file of `dir`, writes manifest.json and, given a key, manifest.sig. */
export async function writeManifest(dir: string, runId: string, signingKey?: SigningKey): Promise<Manifest> {
  const paths = (await listFiles(dir)).filter((p) => !outsideTheSeal.has(p));
  const files = await Promise.all(
    paths.map(async (path) => {
      const content = await readFile(join(dir, path));
      return { path, sha256: sha256Of(content), bytes: content.length };
    }),
  );
  const manifest: Manifest = {
    format: 'mskit-manifest/1',
    runId,
    createdAt: new Date().toISOString(),
    algorithm: 'sha256',
    seal: signingKey ? { algorithm: 'ed25519', keyFingerprint: signingKey.fingerprint } : null,
    files,
  };
  const bytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  await writeFile(join(dir, manifestFileName), bytes);
  if (signingKey) await writeFile(join(dir, signatureFileName), signBytes(bytes, signingKey));
  return manifest;
}

/**
 * The seal as checked: `verified` (signed by the key given), `bad-signature` (the manifest was
 * changed after signing, or another key signed it), `unsigned` (no manifest.sig), or `not-checked`
 * (no public key given: only the hashes were compared).
 */
export type SealCheck = 'verified' | 'bad-signature' | 'unsigned' | 'not-checked';

export interface ManifestCheck {
  runId: string;
  ok: boolean;
  changed: string[];
  missing: string[];
  added: string[];
  /** Set when signoff.json names another run than the manifest (files from two runs mixed). */
  runMismatch?: string;
  seal: SealCheck;
  /** The fingerprint the manifest names for its signer, if any. */
  keyFingerprint?: string;
}

async function readManifest(dir: string): Promise<{ manifest: Manifest; bytes: Buffer }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, manifestFileName));
  } catch {
    throw new Error(`no ${manifestFileName} in ${dir}: is this a report folder written by mskit run?`);
  }
  let manifest: Manifest;
  try {
    manifest = JSON.parse(bytes.toString('utf8')) as Manifest;
  } catch {
    throw new Error(`${join(dir, manifestFileName)} is not valid JSON: the package is damaged`);
  }
  if (!Array.isArray(manifest.files) || typeof manifest.runId !== 'string') {
    throw new Error(`${join(dir, manifestFileName)} is not an mskit manifest (no runId or files list)`);
  }
  return { manifest, bytes };
}

async function checkSeal(dir: string, manifestBytes: Buffer, publicKey: KeyObject | undefined): Promise<SealCheck> {
  let signature: Buffer;
  try {
    signature = await readFile(join(dir, signatureFileName));
  } catch {
    return 'unsigned';
  }
  if (!publicKey) return 'not-checked';
  return signatureHolds(manifestBytes, signature, publicKey) ? 'verified' : 'bad-signature';
}

/** Compares the folder with its manifest and, given the signer's public key, checks the signature. */
export async function verifyManifest(dir: string, publicKey?: KeyObject): Promise<ManifestCheck> {
  const { manifest, bytes } = await readManifest(dir);
  const present = new Set((await listFiles(dir)).filter((p) => !outsideTheSeal.has(p)));
  const changed: string[] = [];
  const missing: string[] = [];
  for (const file of manifest.files) {
    if (!present.has(file.path)) missing.push(file.path);
    else if ((await sha256OfFile(join(dir, file.path))) !== file.sha256) changed.push(file.path);
    present.delete(file.path);
  }
  const added = [...present];
  const seal = await checkSeal(dir, bytes, publicKey);
  const check: ManifestCheck = {
    runId: manifest.runId,
    ok: false,
    changed,
    missing,
    added,
    seal,
    ...(manifest.seal?.keyFingerprint ? { keyFingerprint: manifest.seal.keyFingerprint } : {}),
  };
  if (publicKey && seal === 'verified' && manifest.seal && manifest.seal.keyFingerprint !== keyFingerprint(publicKey)) check.seal = 'bad-signature';
  if (manifest.files.some((f) => f.path === 'signoff.json') && !missing.includes('signoff.json')) {
    try {
      const signoffRun = (JSON.parse(await readFile(join(dir, 'signoff.json'), 'utf8')) as { runId?: unknown }).runId;
      if (signoffRun !== manifest.runId) check.runMismatch = `signoff.json names run ${String(signoffRun)}, the manifest run ${manifest.runId}`;
    } catch {
      if (!changed.includes('signoff.json')) changed.push('signoff.json');
    }
  }
  const sealHolds = publicKey ? check.seal === 'verified' : check.seal !== 'bad-signature';
  check.ok = changed.length === 0 && missing.length === 0 && added.length === 0 && !check.runMismatch && sealHolds;
  return check;
}
