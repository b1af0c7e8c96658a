// The approver's decision, written beside the package it approves: approval.json names the exact
// manifest (its SHA-256) and is signed with the approver's own Ed25519 key in approval.sig, so
// the decision cannot be moved to another package or changed without the signature failing.
import type { KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256Of } from './fileDigest.ts';
import { signatureHolds, signBytes, type SigningKey } from './packageSeal.ts';
import { packageFiles } from './reportFolder.ts';

export const decisions = ['approved', 'approved-with-reservations', 'rejected'] as const;
export type Decision = (typeof decisions)[number];

export interface Approval {
  format: 'mskit-approval/1';
  runId: string;
  /** SHA-256 of the manifest.json approved: the approval holds for that package only. */
  manifestSha256: string;
  verdict: string;
  name: string;
  decision: Decision;
  date: string;
  comment: string;
  signedAt: string;
  keyFingerprint: string;
}

export interface ApprovalEntry {
  name: string;
  decision: string;
  date?: string;
  comment?: string;
}

export function checkedDecision(value: string): Decision {
  const decision = decisions.find((d) => d === value.trim().toLowerCase());
  if (!decision) throw new Error(`--decision must be one of ${decisions.join(', ')} (got "${value}")`);
  return decision;
}

export function checkedDate(value: string | undefined, today = new Date()): string {
  if (value === undefined || value === '') return today.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new Error(`--date must be a day as YYYY-MM-DD (got "${value}")`);
  return value;
}

export async function writeApproval(dir: string, entry: ApprovalEntry, key: SigningKey): Promise<Approval> {
  const manifest = await readFile(join(dir, packageFiles.manifest));
  const { runId } = JSON.parse(manifest.toString('utf8')) as { runId: string };
  const summary = JSON.parse(await readFile(join(dir, packageFiles.summary), 'utf8').catch(() => '{}')) as { verdict?: string };
  if (!entry.name.trim()) throw new Error('--name must say who approves (it is written into the signed approval)');
  const approval: Approval = {
    format: 'mskit-approval/1',
    runId,
    manifestSha256: sha256Of(manifest),
    verdict: summary.verdict ?? 'unknown',
    name: entry.name.trim(),
    decision: checkedDecision(entry.decision),
    date: checkedDate(entry.date),
    comment: entry.comment?.trim() ?? '',
    signedAt: new Date().toISOString(),
    keyFingerprint: key.fingerprint,
  };
  const bytes = Buffer.from(`${JSON.stringify(approval, null, 2)}\n`);
  // One decision per package: a second one would silently replace the first.
  await writeFile(join(dir, packageFiles.approval), bytes, { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    throw new Error(error.code === 'EEXIST' ? `${packageFiles.approval} exists already: the package carries a decision; remove ${packageFiles.approval} and ${packageFiles.approvalSignature} to record another` : `cannot write ${packageFiles.approval}: ${error.code ?? error.message}`);
  });
  await writeFile(join(dir, packageFiles.approvalSignature), signBytes(bytes, key));
  return approval;
}

export interface ApprovalCheck {
  ok: boolean;
  line: string;
}

/** null when the package carries no approval; otherwise whether it holds for this very package. */
export async function verifyApproval(dir: string, approverKey?: KeyObject): Promise<ApprovalCheck | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, packageFiles.approval));
  } catch {
    return null;
  }
  let approval: Approval;
  try {
    approval = JSON.parse(bytes.toString('utf8')) as Approval;
  } catch {
    return { ok: false, line: `approval broken: ${packageFiles.approval} is not JSON` };
  }
  const manifest = await readFile(join(dir, packageFiles.manifest));
  if (approval.manifestSha256 !== sha256Of(manifest)) return { ok: false, line: `approval broken: ${packageFiles.approval} approves another package (its manifest hash differs)` };
  const said = `${approval.decision} by ${approval.name} on ${approval.date}${approval.comment ? ` ("${approval.comment}")` : ''}`;
  const signature = await readFile(join(dir, packageFiles.approvalSignature)).catch(() => undefined);
  if (!signature) return { ok: false, line: `approval broken: ${packageFiles.approvalSignature} is missing, so anyone could have written "${said}"` };
  if (!approverKey) return { ok: true, line: `approval: ${said} — signature not checked (give the approver's public key with --approver-key)` };
  return signatureHolds(bytes, signature, approverKey)
    ? { ok: true, line: `approval: ${said} — signed by the approver's key` }
    : { ok: false, line: `approval broken: ${packageFiles.approvalSignature} does not match ${packageFiles.approval} for the approver's key` };
}
