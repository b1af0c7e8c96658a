// The command line on bad input: every start-up failure is one line on stderr (`mskit: …`), no stack
// frames, no secret, and exit code 2. The CLI runs as a child process, as a user would run it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from '../../src/kitPaths.ts';
import { readEnvelopes } from '../../src/report/cucumberMessages.ts';
import { loadRuleCatalogue } from '../../src/report/ruleCatalogue.ts';
import { writeReportPackage } from '../../src/report/reportPackage.ts';

const cli = join(repoRoot, 'src/cli/mskit.ts');
const secret = 'cli-test-client-secret-42';

interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs mskit asynchronously, so that loopback servers in this process can answer it. */
function mskit(args: string[], env: Record<string, string> = {}, cwd = repoRoot): Promise<CliResult> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_')));
  return new Promise((resolve, reject) => {
    // tsx resolved from the kit, so that mskit also starts from a folder outside it, as an installed kit does.
    const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), cli, ...args], { cwd, env: { ...clean, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function assertOneLine(result: CliResult, pattern: RegExp): void {
  const lines = result.stderr.trimEnd().split('\n');
  assert.equal(result.status, 2, `exit code (stderr: ${result.stderr})`);
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0], /^mskit: /);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(result.stderr + result.stdout, /\n\s+at /, 'no stack frames');
  assert.ok(!(result.stderr + result.stdout).includes(secret), 'the client secret is never printed');
}

async function withServer(handler: RequestListener, body: (url: string) => Promise<void>): Promise<void> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await body(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function urlTarget(base: string): Record<string, string> {
  return { MSKIT_TARGET: 'url', MSKIT_IMPLEMENTATION: 'cli-test 1.0', MSKIT_API_BASE_URL: `${base}/api`, MSKIT_TOKEN_URL: `${base}/oauth/token`, MSKIT_CLIENT_ID: 'uat-client', MSKIT_CLIENT_SECRET: secret };
}

async function tempDir(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'mskit-cli-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('usage mistakes are one line', async () => {
  assertOneLine(await mskit(['run', '--no-such-option']), /unknown option '--no-such-option'/);
  assertOneLine(await mskit(['run', '--parallel', 'two']), /--parallel must be a whole number of workers \(got "two"\)/);
});

test('verify-report says OK, names a changed file, and explains a folder without manifest', async (t) => {
  const dir = await tempDir(t);
  const fixture = fileURLToPath(new URL('../report/fixtures/', import.meta.url));
  await writeReportPackage(
    { reportsDir: dir, runId: 'run-cli-test', target: { kind: 'sandbox', description: 'fixture', capabilities: {} }, catalogue: await loadRuleCatalogue(join(fixture, 'rules.yaml')), selection: {}, knownSecrets: [] },
    await readEnvelopes(join(fixture, 'messages.ndjson')),
  );

  const ok = await mskit(['verify-report', dir]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /OK — every file matches the manifest of run-cli-test/);

  const json = await readFile(join(dir, 'signoff.json'), 'utf8');
  await writeFile(join(dir, 'signoff.json'), json.replace('"NO-GO"', '"GO"'));
  const changed = await mskit(['verify-report', dir]);
  assert.equal(changed.status, 1);
  assert.match(changed.stdout, /^changed: signoff\.json$/m);
  assert.match(changed.stdout, /NOT OK/);

  assertOneLine(await mskit(['verify-report', join(dir, 'nowhere')]), /no manifest\.json in .*nowhere: is this a report folder written by mskit run\?/);
});

test('a malformed config file, a wrong value, a missing file and a malformed profile are one line each', async (t) => {
  const dir = await tempDir(t);
  await writeFile(join(dir, 'broken.yaml'), 'target:\n  kind: url\n   apiBaseUrl: [oops\n');
  await writeFile(join(dir, 'wrong.yaml'), `target:\n  kind: url\n  apiBaseUrl: localhost:8080\n  tokenUrl: http://127.0.0.1:1/oauth/token\n  clientId: a\n  clientSecret: ${secret}\n`);
  await writeFile(join(dir, 'profile.yaml'), 'statuses:\n  created: abc\n');
  const [broken, wrong, absent, profile] = await Promise.all([
    mskit(['run', '--config', join(dir, 'broken.yaml')]),
    mskit(['run', '--config', join(dir, 'wrong.yaml')]),
    mskit(['run', '--config', join(dir, 'absent.yaml')]),
    mskit(['run', '--profile', join(dir, 'profile.yaml')]),
  ]);
  assertOneLine(broken, /config .*broken\.yaml: not valid YAML/);
  assertOneLine(wrong, /target\.apiBaseUrl must be an http\(s\) URL \(got "localhost:8080"\)/);
  assertOneLine(absent, /absent\.yaml.*not found/);
  assertOneLine(profile, /statuses\.created/);
});

test('a url run without --implementation and a selection of no scenario are one line each, exit 2', async () => {
  assertOneLine(await mskit(['run'], { ...urlTarget('http://127.0.0.1:1'), MSKIT_IMPLEMENTATION: '' }), /a url run must name the implementation tested and its version: --implementation "acme-ms 4\.2\.1"/);
  assertOneLine(await mskit(['run', '--tags', '@NO-SUCH-RULE', '--reports', join(tmpdir(), 'mskit-never-written')]), /the selection matches no scenario \(tags: .*@NO-SUCH-RULE.*\): nothing ran and no report was written/);
  assert.ok(!existsSync(join(tmpdir(), 'mskit-never-written', 'manifest.json')));
});

test('--fault on a target that is not the sandbox is one line', async () => {
  assertOneLine(await mskit(['run', '--fault', 'siren-accepted'], urlTarget('http://127.0.0.1:1')), /--fault only applies to the sandbox target/);
});

test('an unreachable target is one line naming the URL', async () => {
  // Port 1 on loopback: nothing listens there, the connection is refused at once.
  assertOneLine(await mskit(['run'], urlTarget('http://127.0.0.1:1')), /127\.0\.0\.1:1.*unreachable|unreachable.*127\.0\.0\.1:1/);
});

test('wrong credentials, an HTML answer and a 500 are one line each', async () => {
  await Promise.all([
    withServer(
      (_req, res) => res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client' })),
      async (base) => assertOneLine(await mskit(['run'], urlTarget(base)), /refused client "uat-client".*invalid_client/),
    ),
    withServer(
      (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Login</body></html>'),
      async (base) => assertOneLine(await mskit(['run'], urlTarget(base)), /text\/html/),
    ),
    withServer(
      (_req, res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('boom'),
      async (base) => assertOneLine(await mskit(['run'], urlTarget(base)), /500/),
    ),
  ]);
});

test('the container target without a container runtime is one line', async () => {
  // No engine, whatever this machine has (test/targets/container.test.ts uses a real one): nothing is pulled.
  const container = { DOCKER_HOST: 'unix:///nonexistent/docker.sock', MSKIT_CONTAINER_IMAGE: 'example/ms:latest', MSKIT_CONTAINER_PORT: '8080', MSKIT_IMPLEMENTATION: 'cli-test 1.0', MSKIT_CLIENT_ID: 'uat-client', MSKIT_CLIENT_SECRET: secret };
  assertOneLine(await mskit(['run', '--target', 'container'], container), /no container runtime found/);
});

test('pact verify is handed to src/pact/verify.ts, or says it is not part of the build', async () => {
  const { pactVerifyCommand } = await import('../../src/cli/pactCommand.ts');
  let printed = '';
  const out = new Writable({ write: (chunk, _encoding, done) => ((printed += chunk), done()) });
  assert.equal(await pactVerifyCommand(['--target', 'sandbox'], out, new URL('file:///nowhere/verify.ts')), 2);
  assert.equal(printed, 'pact verification is not available in this build\n');

  const help = await mskit(['pact', 'verify', '--help']);
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /verify/);
});

const sandboxReady = existsSync(join(repoRoot, 'mocks/sandbox/index.ts')) && existsSync(join(repoRoot, 'features/smoke'));

test('mskit run against the sandbox writes a package that verifies, and ends with the count line', { skip: sandboxReady ? false : 'the sandbox or the smoke features are not there yet' }, async (t) => {
  const dir = await tempDir(t);
  const run = await mskit(['run', '--tags', '@smoke', '--reports', dir, '--name-of-run', 'cli smoke']);
  // A few scenarios leave most go-live rules not verified: NO-GO, exit 1 (0 is for GO only).
  assert.equal(run.status, 1, `${run.stdout}\n${run.stderr}`);
  assert.match(run.stdout.trimEnd().split('\n').at(-1) ?? '', /^[1-9]\d* passed, 0 failed, \d+ skipped$/);
  const signoff = JSON.parse(await readFile(join(dir, 'signoff.json'), 'utf8'));
  assert.equal(signoff.runName, 'cli smoke');
  assert.equal(signoff.target.kind, 'sandbox');
  assert.equal(signoff.redactionRecheck.redactions, 0, 'the runtime redacted everything before the report had to');
  const verify = await mskit(['verify-report', dir]);
  assert.equal(verify.status, 0, verify.stdout);
});

test('mskit --version prints the package version, and the commit in a git checkout', async () => {
  const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const result = await mskit(['--version']);
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, new RegExp(`^ms-conformance-kit ${version.replaceAll('.', '\\.')}( \\(commit [0-9a-f]{40}(, modified)?\\))?\\n$`));
});

test('a bad tag expression, a missing feature file, a bad --name and --rerun with no earlier run are one line each', async (t) => {
  const cwd = await tempDir(t);
  assertOneLine(await mskit(['run', '--tags', '@kyc and']), /^mskit: --tags "@kyc and" is not a tag expression \(expected operand\): combine tags with and, or, not and parentheses/);
  assertOneLine(await mskit(['run', 'features/no-such.feature']), /^mskit: no feature file or folder "features\/no-such\.feature"/);
  assertOneLine(await mskit(['run', '--name', '(unclosed']), /^mskit: --name "\(unclosed" is not a regular expression/);
  assertOneLine(await mskit(['run', '--rerun'], {}, cwd), /^mskit: --rerun: no earlier run recorded its failures here \(\.mskit\/@rerun\.txt is missing\); run mskit run first$/);
});

test('mskit run takes feature paths and --name like cucumber-js, logs one line per feature without a terminal, and --rerun runs the last failures', { skip: sandboxReady ? false : 'the sandbox is not there yet' }, async (t) => {
  const cwd = await tempDir(t);
  const reports = join(cwd, 'reports');
  // The kit's own features are found from any folder; :line and --name narrow as in cucumber-js.
  const named = await mskit(['run', 'features/cash/transactions.feature', '--name', 'REFUND', '--fault', 'refund-before-payment-accepted', '--reports', reports], {}, cwd);
  assert.equal(named.status, 1, named.stderr);
  assert.match(named.stdout, /^✗ features\/cash\/transactions\.feature \(Transactions\): \d+ passed, [1-9]\d* failed(, \d+ skipped)? \(\d+\.\d s\)\n {4}✗ A REFUND before any PAYMENT of the order is refused \(features\/cash\/transactions\.feature:\d+\)/m);
  const failures = (await readFile(join(cwd, '.mskit/@rerun.txt'), 'utf8')).trim();
  assert.match(failures, /^features\/cash\/transactions\.feature(:\d+)+$/);
  const failedCount = failures.split(':').length - 1;
  const again = await mskit(['run', '--rerun', '--fault', 'refund-before-payment-accepted', '--reports', reports, '--clean'], {}, cwd);
  assert.match(again.stdout.trimEnd().split('\n').at(-1) ?? '', new RegExp(`^0 passed, ${failedCount} failed, 0 skipped$`));
});
