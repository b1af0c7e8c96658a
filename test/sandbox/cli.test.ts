import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { faultSwitches } from '../../mocks/sandbox/faults.ts';

// `npm run sandbox`: what it prints, how it refuses bad input in one line, how it stops.
const cli = fileURLToPath(new URL('../../mocks/sandbox/cli.ts', import.meta.url));

function run(args: string[]): ChildProcess & { output: () => { stdout: string; stderr: string } } {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => (stdout += chunk));
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

async function finished(child: ReturnType<typeof run>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [code] = await once(child, 'exit');
  return { code: code as number | null, ...child.output() };
}

async function linesUntil(child: ReturnType<typeof run>, marker: string): Promise<string> {
  while (!child.output().stdout.includes(marker)) {
    const [exited] = await Promise.race([once(child.stdout!, 'data').then(() => [false]), once(child, 'exit').then(() => [true])]);
    if (exited) throw new Error(`the sandbox exited: ${child.output().stderr}`);
  }
  return child.output().stdout;
}

test('--list-faults lists every fault with its rule; an unknown fault and a busy port are refused in one line', async () => {
  const blocker = createServer();
  blocker.listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const busyPort = (blocker.address() as { port: number }).port;
  try {
    // Three separate processes, started together to keep the test short.
    const [listed, unknown, busy] = await Promise.all([finished(run(['--list-faults'])), finished(run(['--fault', 'no-such-fault'])), finished(run(['--port', String(busyPort)]))]);
    assert.equal(listed.code, 0);
    const lines = listed.stdout.trim().split('\n');
    assert.equal(lines.length, faultSwitches.length);
    assert.match(lines.find((line) => line.startsWith('refund-before-payment-accepted'))!, /TRX-REFUND-AFTER-PAYMENT/);
    assert.equal(unknown.code, 1);
    assert.equal(unknown.stderr.trim(), 'sandbox: unknown fault "no-such-fault": list the valid ones with "npm run sandbox -- --list-faults"');
    assert.equal(busy.code, 1);
    assert.equal(busy.stderr.trim(), `sandbox: port ${busyPort} is in use: pass --port <another port> (or --port 0 for a random free one)`);
  } finally {
    blocker.close();
  }
});

test('it prints its URLs and public clients first and stops on SIGINT', async () => {
  const child = run(['--port', '0', '--fault', 'siren-accepted']);
  const stdout = await linesUntil(child, 'Ctrl-C');
  const [api, token, simulation, vouchers] = stdout.split('\n');
  const base = /^MS API base URL:\s+(http:\/\/127\.0\.0\.1:\d+)$/.exec(api!)![1];
  assert.equal(token, `OAuth token URL:   ${base}/oauth/token`);
  assert.equal(simulation, `Simulation URL:    ${base}/simulation`);
  assert.equal(vouchers, `Vouchers URL:      ${base}/vouchers`);
  assert.match(stdout, /client marketplace-a \/ sandbox-secret-a/);
  assert.match(stdout, /fault switches on: siren-accepted/);
  const answer = await fetch(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=reader&client_secret=sandbox-secret-reader' });
  const { access_token: accessToken } = (await answer.json()) as { access_token: string };
  child.kill('SIGINT');
  const { code, stdout: all } = await finished(child);
  assert.equal(code, 0);
  assert.ok(!all.includes(accessToken), 'access tokens are never printed');
});
