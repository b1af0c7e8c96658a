// `mskit approve`: the approver's decision on a package, signed with the approver's key and written
// beside it (approval.json + approval.sig). Only an intact package can be approved.
import { resolve } from 'node:path';
import { writeApproval } from '../report/approval.ts';
import { verifyManifest } from '../report/manifest.ts';
import { loadPublicKey, loadSigningKey } from '../report/packageSeal.ts';

export interface ApproveOptions {
  reports?: string;
  name: string;
  decision: string;
  date?: string;
  comment?: string;
  signingKey?: string;
  /** The public key of whoever sealed the package: checked before anything is approved. */
  publicKey?: string;
}

export async function approveCommand(options: ApproveOptions, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const folder = options.reports ?? 'reports';
  const keyPath = options.signingKey ?? process.env.MSKIT_SIGNING_KEY_FILE;
  if (!keyPath) throw new Error("approve needs the approver's private key: --signing-key <pem> (make one with: mskit keygen)");
  const key = await loadSigningKey(keyPath);
  const check = await verifyManifest(resolve(folder), options.publicKey ? await loadPublicKey(options.publicKey) : undefined);
  if (!check.ok) throw new Error(`${folder} does not verify (run mskit verify-report ${folder}): only an intact package can be approved`);
  const approval = await writeApproval(resolve(folder), { name: options.name, decision: options.decision, date: options.date, comment: options.comment }, key);
  out.write(`${folder}/approval.json: ${approval.decision} by ${approval.name} on ${approval.date}, signed with key ${key.fingerprint}\n`);
  if (check.seal !== 'verified') out.write(`note: the package's own seal was not checked (${check.seal}); give the signer's public key with --public-key to check it first\n`);
  return 0;
}
