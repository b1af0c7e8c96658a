// What an approver types: mskit keygen, verify-report with and without the public key, approve.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { approveCommand } from '../../src/cli/approveCommand.ts';
import { keygenCommand } from '../../src/cli/keygenCommand.ts';
import { verifyReportCommand } from '../../src/cli/verifyReportCommand.ts';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { loadSigningKey } from '../../src/report/packageSeal.ts';
import { writeReportPackage } from '../../src/report/reportPackage.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function output(): { out: PassThrough; text: () => string } {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk) => (text += chunk));
  return { out, text: () => text };
}

test('keygen, a sealed package, verify-report with and without the key, approve', async (t) => {
  const home = await mkdtemp(join(tmpdir(), 'mskit-seal-cli-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  await keygenCommand({ out: join(home, 'signer') }, output().out);
  await keygenCommand({ out: join(home, 'approver') }, output().out);
  assert.equal((await stat(join(home, 'signer.pem'))).mode & 0o777, 0o600, 'the private key is readable by its owner only');
  await assert.rejects(keygenCommand({ out: join(home, 'signer') }, output().out), /signer\.pem exists already: choose another name with --out/);

  const dir = join(home, 'reports');
  await writeReportPackage(
    { reportsDir: dir, runId: 'run-seal-cli', target: { kind: 'url', description: 'fixture', capabilities: {} }, implementation: 'acme-ms 4.2.1', catalogue: await loadRuleCatalogue(fixture('rules.yaml')), selection: {}, knownSecrets: [], signingKey: await loadSigningKey(join(home, 'signer.pem')) },
    await readEnvelopes(fixture('messages.ndjson')),
  );

  const sealed = output();
  assert.equal(await verifyReportCommand(dir, { publicKey: join(home, 'signer.pub.pem') }, sealed.out), 0);
  assert.match(sealed.text(), /^signature: manifest\.json was signed with the key given \(sha256:[0-9a-f]{64}\)\n.*: OK — every file matches the manifest of run-seal-cli \(sealed by the key given\)\n$/);

  const unchecked = output();
  assert.equal(await verifyReportCommand(dir, {}, unchecked.out), 0);
  assert.match(unchecked.text(), /^signature not checked: give the signer's public key with --public-key/);
  assert.match(unchecked.text(), /integrity only, NOT a proof against tampering/);

  const wrongKey = output();
  assert.equal(await verifyReportCommand(dir, { publicKey: join(home, 'approver.pub.pem') }, wrongKey.out), 1);
  assert.match(wrongKey.text(), /^seal broken: manifest\.sig does not match manifest\.json for this public key/);
  await assert.rejects(verifyReportCommand(dir, { publicKey: join(home, 'signer.pem') }, output().out), /holds a private key: give the signer's public key/);

  const approved = output();
  assert.equal(await approveCommand({ reports: dir, name: 'Jane Approver', decision: 'rejected', comment: 'KYC not verified', date: '2026-12-06', signingKey: join(home, 'approver.pem'), publicKey: join(home, 'signer.pub.pem') }, approved.out), 0);
  assert.match(approved.text(), /approval\.json: rejected by Jane Approver on 2026-12-06, signed with key sha256:/);
  const withApproval = output();
  assert.equal(await verifyReportCommand(dir, { publicKey: join(home, 'signer.pub.pem'), approverKey: join(home, 'approver.pub.pem') }, withApproval.out), 0);
  assert.match(withApproval.text(), /^approval: rejected by Jane Approver on 2026-12-06 \("KYC not verified"\) — signed by the approver's key$/m);

  await writeFile(join(dir, 'signoff.html'), (await readFile(join(dir, 'signoff.html'), 'utf8')).replace('NO-GO', 'GO'));
  const tampered = output();
  assert.equal(await verifyReportCommand(dir, { publicKey: join(home, 'signer.pub.pem') }, tampered.out), 1);
  assert.match(tampered.text(), /^changed: signoff\.html$/m);
  await assert.rejects(approveCommand({ reports: dir, name: 'x', decision: 'approved', signingKey: join(home, 'approver.pem') }, output().out), /does not verify \(run mskit verify-report .*\): only an intact package can be approved/);
});
