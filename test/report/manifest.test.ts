// The package and its seal: every file hashed in manifest.json, the manifest signed with Ed25519
// (manifest.sig), verifiable with the public key alone, here and with openssl.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createPublicKey } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../src/kitPaths.ts';
import { verifyApproval, writeApproval } from '../../src/report/approval.ts';
import { readEnvelopes, type Envelope } from '../../src/report/cucumberMessages.ts';
import { sha256Of } from '../../src/report/fileDigest.ts';
import { verifyManifest } from '../../src/report/manifest.ts';
import { loadSigningKey, newKeyPair, type SigningKey } from '../../src/report/packageSeal.ts';
import { writeReportPackage, type ReportPlan } from '../../src/report/reportPackage.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const catalogue = await loadRuleCatalogue(fixture('rules.yaml'));
const envelopes = await readEnvelopes(fixture('messages.ndjson'));

async function keyPair(dir: string, name = 'signer'): Promise<{ key: SigningKey; publicPath: string }> {
  const pair = newKeyPair();
  await writeFile(join(dir, `${name}.pem`), pair.privatePem);
  await writeFile(join(dir, `${name}.pub.pem`), pair.publicPem);
  return { key: await loadSigningKey(join(dir, `${name}.pem`)), publicPath: join(dir, `${name}.pub.pem`) };
}

async function writePackage(t: { after(fn: () => Promise<void>): void }, plan: Partial<ReportPlan> = {}, messages: Envelope[] = envelopes) {
  const home = await mkdtemp(join(tmpdir(), 'mskit-report-'));
  t.after(() => rm(home, { recursive: true, force: true }));
  const keys = await keyPair(home);
  const dir = join(home, 'reports');
  const written = await writeReportPackage(
    { reportsDir: dir, runId: 'run-manifest-test', target: { kind: 'url', description: 'fixture', capabilities: {} }, implementation: 'acme-ms 4.2.1', catalogue, cataloguePath: fixture('rules.yaml'), selection: {}, knownSecrets: [], signingKey: keys.key, ...plan },
    messages,
  );
  return { dir, home, publicKey: createPublicKey(await readFile(keys.publicPath)), publicPath: keys.publicPath, ...written };
}

test('a sealed package verifies with the public key alone; a changed byte in any file is named', async (t) => {
  const pkg = await writePackage(t);
  assert.deepEqual(pkg.manifest.files.map((f) => f.path), ['cucumber.html', 'junit.xml', 'messages.ndjson', 'signoff.html', 'signoff.json', 'summary.json']);
  assert.deepEqual(await verifyManifest(pkg.dir, pkg.publicKey), { runId: 'run-manifest-test', ok: true, changed: [], missing: [], added: [], seal: 'verified', keyFingerprint: pkg.manifest.seal?.keyFingerprint });

  for (const file of pkg.manifest.files.map((f) => f.path)) {
    const original = await readFile(join(pkg.dir, file));
    const changed = Buffer.from(original);
    changed[Math.floor(changed.length / 2)] ^= 1;
    await writeFile(join(pkg.dir, file), changed);
    const check = await verifyManifest(pkg.dir, pkg.publicKey);
    assert.equal(check.ok, false, file);
    assert.deepEqual(check.changed, [file]);
    await writeFile(join(pkg.dir, file), original);
  }
});

test('rewriting the manifest to match a forged file breaks the signature', async (t) => {
  const pkg = await writePackage(t);
  const html = (await readFile(join(pkg.dir, 'signoff.html'), 'utf8')).replace('NO-GO', 'GO');
  await writeFile(join(pkg.dir, 'signoff.html'), html);
  const manifest = JSON.parse(await readFile(join(pkg.dir, 'manifest.json'), 'utf8'));
  manifest.files.find((f: { path: string }) => f.path === 'signoff.html').sha256 = sha256Of(html);
  await writeFile(join(pkg.dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const check = await verifyManifest(pkg.dir, pkg.publicKey);
  assert.deepEqual([check.ok, check.seal, check.changed], [false, 'bad-signature', []]);
  // Without the key only the hashes can be compared: they hold, and the check says it did not see the seal.
  assert.equal((await verifyManifest(pkg.dir)).seal, 'not-checked');
});

test('another key does not verify the seal', async (t) => {
  const pkg = await writePackage(t);
  const other = await keyPair(pkg.home, 'other');
  const check = await verifyManifest(pkg.dir, createPublicKey(await readFile(other.publicPath)));
  assert.deepEqual([check.ok, check.seal], [false, 'bad-signature']);
});

test('openssl verifies the seal with the command the docs give', { skip: spawnSync('openssl', ['version']).status === 0 ? false : 'openssl is not installed' }, async (t) => {
  const pkg = await writePackage(t);
  const verify = () => spawnSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', pkg.publicPath, '-rawin', '-in', 'manifest.json', '-sigfile', 'manifest.sig'], { cwd: pkg.dir, encoding: 'utf8' });
  const ok = verify();
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /Signature Verified Successfully/);
  await writeFile(join(pkg.dir, 'manifest.json'), (await readFile(join(pkg.dir, 'manifest.json'), 'utf8')).replace('run-manifest-test', 'run-manifest-tesT'));
  assert.notEqual(verify().status, 0);
  // The package hash of summary.json is sha256sum's own: `sha256sum <report files> | sha256sum`.
  const sums = spawnSync('sh', ['-c', 'sha256sum cucumber.html junit.xml messages.ndjson signoff.html signoff.json | sha256sum'], { cwd: pkg.dir, encoding: 'utf8' });
  assert.equal(sums.stdout.split(' ')[0], pkg.summary.packageHash);
});

test('missing and added files are named', async (t) => {
  const pkg = await writePackage(t);
  await unlink(join(pkg.dir, 'messages.ndjson'));
  await writeFile(join(pkg.dir, 'extra.txt'), 'slipped in');
  const check = await verifyManifest(pkg.dir, pkg.publicKey);
  assert.equal(check.ok, false);
  assert.deepEqual([check.missing, check.added, check.changed], [['messages.ndjson'], ['extra.txt'], []]);
});

test('a package without a key says it is not sealed, and fails when a public key is expected', async (t) => {
  const pkg = await writePackage(t, { signingKey: undefined });
  assert.equal(pkg.manifest.seal, null);
  assert.deepEqual(pkg.report.seal, { signed: false, note: 'not sealed: the run had no signing key (mskit run --signing-key); anyone could have rewritten this package and its manifest' });
  assert.match(await readFile(join(pkg.dir, 'signoff.html'), 'utf8'), /NOT SEALED/);
  assert.deepEqual([(await verifyManifest(pkg.dir)).ok, (await verifyManifest(pkg.dir)).seal], [true, 'unsigned']);
  assert.deepEqual([(await verifyManifest(pkg.dir, pkg.publicKey)).ok, (await verifyManifest(pkg.dir, pkg.publicKey)).seal], [false, 'unsigned']);
});

test('a signoff.json from another run is caught even with a rewritten hash', async (t) => {
  const pkg = await writePackage(t, { signingKey: undefined });
  const signoff = JSON.parse(await readFile(join(pkg.dir, 'signoff.json'), 'utf8'));
  signoff.runId = 'run-someone-else';
  const text = `${JSON.stringify(signoff, null, 2)}\n`;
  await writeFile(join(pkg.dir, 'signoff.json'), text);
  const manifest = JSON.parse(await readFile(join(pkg.dir, 'manifest.json'), 'utf8'));
  manifest.files.find((f: { path: string }) => f.path === 'signoff.json').sha256 = sha256Of(text);
  await writeFile(join(pkg.dir, 'manifest.json'), JSON.stringify(manifest));
  const check = await verifyManifest(pkg.dir);
  assert.equal(check.ok, false);
  assert.match(check.runMismatch ?? '', /run-someone-else/);
});

test('a folder without a manifest is one clear line', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-empty-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  await assert.rejects(verifyManifest(dir), /no manifest\.json in .*: is this a report folder written by mskit run\?/);
});

test('the approval is signed beside the package and holds for that package only', async (t) => {
  const pkg = await writePackage(t);
  const approver = await keyPair(pkg.home, 'approver');
  const approverKey = createPublicKey(await readFile(approver.publicPath));
  const approval = await writeApproval(pkg.dir, { name: 'Jane Approver', decision: 'approved-with-reservations', date: '2026-12-06', comment: 'KYC retries to re-test' }, approver.key);
  assert.equal(approval.verdict, 'NO-GO');
  assert.equal((await verifyManifest(pkg.dir, pkg.publicKey)).ok, true, 'the approval files are beside the seal, not in it');
  assert.deepEqual(await verifyApproval(pkg.dir, approverKey), { ok: true, line: 'approval: approved-with-reservations by Jane Approver on 2026-12-06 ("KYC retries to re-test") — signed by the approver\'s key' });

  const json = await readFile(join(pkg.dir, 'approval.json'), 'utf8');
  await writeFile(join(pkg.dir, 'approval.json'), json.replace('approved-with-reservations', 'approved'));
  assert.equal((await verifyApproval(pkg.dir, approverKey))?.ok, false);
  await writeFile(join(pkg.dir, 'approval.json'), json);
  await writeFile(join(pkg.dir, 'manifest.json'), `${await readFile(join(pkg.dir, 'manifest.json'), 'utf8')} `);
  assert.match((await verifyApproval(pkg.dir, approverKey))?.line ?? '', /approves another package/);
  await assert.rejects(writeApproval(pkg.dir, { name: 'x', decision: 'maybe' }, approver.key), /--decision must be one of approved, approved-with-reservations, rejected \(got "maybe"\)/);
  await assert.rejects(writeApproval(pkg.dir, { name: 'x', decision: 'rejected' }, approver.key), /approval\.json exists already/);
});

test('light package: failures keep their evidence in full, passes in brief; summary.json is small; no machine path', async (t) => {
  // A stack trace and a file URL naming this checkout, as cucumber records them.
  const trace = `Error: boom\n    at step (${join(repoRoot, 'steps/x.ts')}:3:1)\n    at file://${join(repoRoot, 'src/y.ts')}:1:1`;
  const withPaths = envelopes.map((e) =>
    e.testStepFinished?.testStepResult.status === 'FAILED'
      ? { ...e, testStepFinished: { ...e.testStepFinished, testStepResult: { ...e.testStepFinished.testStepResult, message: trace, exception: { type: 'Error', message: 'boom', stackTrace: trace } } } }
      : e,
  );
  const pkg = await writePackage(t, {}, withPaths);
  const messages = await readEnvelopes(join(pkg.dir, 'messages.ndjson'));
  const evidence = messages.filter((e) => e.attachment?.fileName === 'mskit-evidence').map((e) => JSON.parse(e.attachment?.body ?? '{}'));
  assert.ok(evidence.some((e) => e.brief) && evidence.some((e) => !e.brief), 'brief for the passes, full for the failure');
  assert.ok(evidence.filter((e) => e.brief).every((e) => e.exchanges.every((x: { request?: unknown }) => x.request === undefined)));
  assert.ok(pkg.report.failures.every((f) => JSON.stringify(f.evidence).includes('"request"')), 'the report keeps the failure whole');
  const full = await writePackage(t, { evidence: 'full' }, withPaths);
  assert.ok(!(await readFile(join(full.dir, 'messages.ndjson'), 'utf8')).includes('"brief"'));

  assert.ok((await readFile(join(pkg.dir, 'summary.json'))).length < 20_000);
  assert.deepEqual(Object.keys(pkg.summary), ['format', 'runId', 'verdict', 'subject', 'kit', 'target', 'counts', 'blocking', 'packageHash', 'seal']);
  for (const file of await readdir(pkg.dir)) {
    const text = await readFile(join(pkg.dir, file), 'latin1');
    assert.ok(!text.includes(repoRoot) && !text.includes(repoRoot.replace(/\/$/, '')), `${file} names no folder of this machine`);
  }
  const junit = await readFile(join(pkg.dir, 'junit.xml'), 'utf8');
  assert.match(junit, /at step \(steps\/x\.ts:3:1\)/);
  assert.ok(!junit.includes('leaked.token.value'), "cucumber's reports are redacted like the sign-off");
});
