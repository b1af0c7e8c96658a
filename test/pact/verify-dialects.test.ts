// The pact verifies against the sandbox speaking every dialect at once (mocks/sandbox/dialects.ts:
// legal variations the documents leave open), read through the merged profile declaring them: the
// verifier translates what the profile declares and nothing more. The same target verified without
// that profile fails where a dialect needs declaring (a creation answered 200, another webhook
// envelope), and passes where interface §8 needs no declaration (a list's envelope). The sandbox
// runs in this process and is verified as any implementation reached by URL would be.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { PassThrough } from 'node:stream';
import { stringify } from 'yaml';
import { createSandbox, type Sandbox } from '../../mocks/sandbox/index.ts';
import { writeDialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { httpInteractions, messageInteractions } from '../../src/pact/consumer/backOfficeContract.ts';
import { pactVerifyCommand, PactVerificationError, runPactVerifications, type VerificationResult } from '../../src/pact/verify.ts';
import { sandboxClients } from '../../src/targets/sandboxTarget.ts';

const interactionCount = httpInteractions.length + messageInteractions.length;
const orderCreation = 'registering an order answers its id';
const transferWebhook = 'a transfer.update webhook with the final status of a transfer';
const transferList = 'listing transfers';

let sandbox: Sandbox;
let scratch: string;
let configPath: string;
let profilePath: string;
let declared: VerificationResult;
let undeclared: VerificationResult;

before(async () => {
  sandbox = createSandbox({ dialects: ['all'] });
  const urls = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  scratch = mkdtempSync(join(tmpdir(), 'mskit-pact-dialects-'));
  configPath = join(scratch, 'target.yaml');
  const { clientId, clientSecret } = sandboxClients.primary;
  writeFileSync(configPath, stringify({ target: { kind: 'url', apiBaseUrl: urls.apiBaseUrl, tokenUrl: urls.tokenUrl, clientId, clientSecret, simulationBaseUrl: urls.simulationUrl } }));
  profilePath = await writeDialectProfile(['all']);
  const outcomes = await runPactVerifications([{ configPath, profile: profilePath }, { configPath, only: [orderCreation, transferWebhook, transferList] }]);
  for (const outcome of outcomes) if (outcome instanceof PactVerificationError) throw outcome;
  [declared, undeclared] = outcomes as VerificationResult[];
});

after(async () => {
  await sandbox.close();
  rmSync(scratch, { recursive: true, force: true });
  rmSync(dirname(profilePath), { recursive: true, force: true });
});

test('every interaction verifies against the sandbox with all dialects on, read through their profile', () => {
  assert.deepEqual(declared.failed, [], declared.lines.join('\n'));
  assert.deepEqual(declared.notVerified, []);
  assert.equal(declared.passed.length, interactionCount);
  assert.equal(declared.ok, true);
  assert.match(declared.lines[0], /, profile .*profile\.yaml$/);
});

test('without the profile declaring them, the dialects that need declaring fail and the rest passes', () => {
  assert.equal(undeclared.ok, false);
  assert.deepEqual(undeclared.passed, [transferList]);
  const reasons = new Map(undeclared.failed.map((failure) => [failure.description, failure.reason]));
  assert.match(reasons.get(orderCreation) ?? '', /^status 200 instead of 201/);
  // Its deliveries have no envelope at /id: the receiver refuses them, and none names the transfer.
  assert.match(reasons.get(transferWebhook) ?? '', /^the target did not emit it: no transfer\.update webhook for /);
});

test('mskit pact verify --profile reads the target through the given profile', async () => {
  const out = new PassThrough();
  const err = new PassThrough();
  const code = await pactVerifyCommand(['--config', configPath, '--profile', profilePath, '--only', orderCreation], out, err);
  const printed = String(out.read() ?? '');
  assert.equal(code, 0, `${printed}${String(err.read() ?? '')}`);
  assert.match(printed, /^verified: 1 passed, 0 failed, 0 not verified of 1 interactions/m);
});
