// `mskit verify-report [dir] [--public-key pem]`: is this report package exactly what the run
// wrote, and did the holder of that key seal it? Without a key only the hashes can be compared,
// which catches accidental changes, not deliberate ones: the output says so.
import { resolve } from 'node:path';
import { verifyApproval } from '../report/approval.ts';
import { verifyManifest, type ManifestCheck } from '../report/manifest.ts';
import { loadPublicKey } from '../report/packageSeal.ts';

export interface VerifyReportOptions {
  publicKey?: string;
  approverKey?: string;
}

function sealLine(check: ManifestCheck): string {
  switch (check.seal) {
    case 'verified':
      return `signature: manifest.json was signed with the key given (${check.keyFingerprint ?? 'no fingerprint recorded'})`;
    case 'bad-signature':
      return 'seal broken: manifest.sig does not match manifest.json for this public key (the manifest was changed, or another key signed it)';
    case 'unsigned':
      return 'not sealed: the package has no manifest.sig (the run had no signing key); the hashes below catch accidental changes only';
    case 'not-checked':
      return `signature not checked: give the signer's public key with --public-key (the manifest names key ${check.keyFingerprint ?? 'unknown'}); the hashes catch accidental changes only`;
  }
}

export async function verifyReportCommand(dir: string | undefined, options: VerifyReportOptions = {}, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const folder = dir ?? 'reports';
  const publicKey = options.publicKey ? await loadPublicKey(options.publicKey) : undefined;
  const check = await verifyManifest(resolve(folder), publicKey);
  out.write(`${sealLine(check)}\n`);
  for (const path of check.changed) out.write(`changed: ${path}\n`);
  for (const path of check.missing) out.write(`missing: ${path}\n`);
  for (const path of check.added) out.write(`added: ${path}\n`);
  if (check.runMismatch) out.write(`mixed runs: ${check.runMismatch}\n`);
  const approval = await verifyApproval(resolve(folder), options.approverKey ? await loadPublicKey(options.approverKey) : undefined);
  if (approval) out.write(`${approval.line}\n`);
  const approvalOk = !approval || approval.ok;
  if (check.ok && approvalOk) {
    const how = check.seal === 'verified' ? 'sealed by the key given' : 'integrity only, NOT a proof against tampering';
    out.write(`${folder}: OK — every file matches the manifest of ${check.runId} (${how})\n`);
    return 0;
  }
  out.write(`${folder}: NOT OK — ${check.ok ? 'the approval does not hold' : `the package differs from what ${check.runId} wrote`}\n`);
  return 1;
}
