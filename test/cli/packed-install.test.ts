// The kit as a user installs it: `npm pack`, installed into an empty folder, then `npx mskit` from
// that folder against the embedded sandbox and against a url target. Offline: the folder gets a
// lockfile made from the kit's own (its runtime dependencies, at the versions the kit is tested
// with), so `npm ci --offline` takes every package from the npm cache `npm ci` filled.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../src/kitPaths.ts';
import { createSandbox, type Sandbox } from '../../mocks/sandbox/index.ts';

const run = promisify(execFile);

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

const userDir = await mkdtemp(join(tmpdir(), 'mskit-user-'));

/** The user's package.json and lockfile: the packed kit and, hoisted beside it, its runtime dependencies. */
async function userProject(tarball: string): Promise<void> {
  const kit = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8'));
  const lock = JSON.parse(await readFile(join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const dependency = { [kit.name]: `file:${tarball}` };
  const packages: Record<string, unknown> = {
    '': { name: 'kit-user', dependencies: dependency },
    [`node_modules/${kit.name}`]: { version: kit.version, resolved: `file:${tarball}`, license: kit.license, dependencies: kit.dependencies, bin: kit.bin, engines: kit.engines },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev) continue;
    const { devOptional, ...rest } = entry;
    packages[path] = devOptional ? { ...rest, optional: true } : rest;
  }
  await writeFile(join(userDir, 'package.json'), `${JSON.stringify({ name: 'kit-user', private: true, dependencies: dependency }, null, 2)}\n`);
  await writeFile(join(userDir, 'package-lock.json'), `${JSON.stringify({ name: 'kit-user', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
}

/** `npx mskit …` in the user's folder, without the kit's development environment. */
async function npxMskit(args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('MSKIT_') && key !== 'NODE_OPTIONS'));
  return run('npx', ['--offline', 'mskit', ...args], { cwd: userDir, env: { ...clean, ...env }, maxBuffer: 64 * 1024 * 1024 }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ status: error.code ?? -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

before(async () => {
  const started = Date.now();
  const { stdout } = await run('npm', ['pack', '--pack-destination', userDir, '--silent'], { cwd: repoRoot });
  await userProject(stdout.trim().split('\n').at(-1) ?? '');
  await run('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: userDir }).catch((error: { stderr?: string }) => {
    throw new Error(`npm ci --offline of the packed kit failed (is the npm cache filled by npm ci?): ${error.stderr?.split('\n').find((line) => line.includes('error')) ?? ''}`);
  });
  console.log(`# packed and installed offline in ${((Date.now() - started) / 1000).toFixed(0)} s`);
});

after(() => rm(userDir, { recursive: true, force: true }));

test('the package holds what a run needs and nothing of the development checkout', async () => {
  const kitDir = join(userDir, 'node_modules/ms-conformance-kit');
  for (const path of ['bin/mskit.js', 'cucumber.js', 'src/cli/mskit.ts', 'steps/support/hooks.ts', 'features/smoke', 'contracts/rules.yaml', 'contracts/profiles/default.yaml', 'mocks/sandbox/index.ts']) {
    assert.ok(existsSync(join(kitDir, path)), `${path} is in the package`);
  }
  for (const path of ['test', 'reports', '.vscode', 'scripts']) assert.ok(!existsSync(join(kitDir, path)), `${path} is not in the package`);
  const version = await npxMskit(['--version']);
  assert.match(version.stdout, /^ms-conformance-kit \d+\.\d+\.\d+\n$/);
});

test('npx mskit run against the embedded sandbox writes the report package in the user\'s folder', async () => {
  const result = await npxMskit(['run', '--tags', '@smoke']);
  // A few scenarios leave most go-live rules not verified: NO-GO, exit 1.
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout.trimEnd().split('\n').at(-1) ?? '', /^[1-9]\d* passed, 0 failed, 0 skipped$/);
  const summary = JSON.parse(await readFile(join(userDir, 'reports/summary.json'), 'utf8'));
  assert.equal(summary.verdict, 'NO-GO');
  assert.equal((await npxMskit(['verify-report', 'reports'])).status, 0);
});

test('npx mskit run against a url target (a sandbox listening on loopback)', async (t) => {
  const sandbox: Sandbox = createSandbox();
  t.after(() => sandbox.close());
  const urls = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  const target = {
    MSKIT_API_BASE_URL: urls.apiBaseUrl,
    MSKIT_TOKEN_URL: urls.tokenUrl,
    MSKIT_CLIENT_ID: 'marketplace-a',
    MSKIT_CLIENT_SECRET: 'sandbox-secret-a',
    MSKIT_TOKEN_AUTH: 'client_secret_basic',
  };
  const result = await npxMskit(['run', '--target', 'url', '--implementation', 'ms-sandbox 0.1.0', '--tags', '@smoke', '--reports', 'uat-reports'], target);
  assert.equal(result.status, 1, result.stderr);
  // Without the simulation API, scenarios that need it are skipped (not verified).
  assert.match(result.stdout.trimEnd().split('\n').at(-1) ?? '', /^[1-9]\d* passed, 0 failed, \d+ skipped$/);
  const signoff = JSON.parse(await readFile(join(userDir, 'uat-reports/signoff.json'), 'utf8'));
  assert.equal(signoff.target.kind, 'url');
  assert.ok(!JSON.stringify(signoff).includes('sandbox-secret-a'), 'the client secret is not in the report');
});
