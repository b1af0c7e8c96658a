// Starts Prism's mock of a contract as a child process on a loopback port, and stops it.
// Shared by `npm run mock`, the prism target, the tests and the benchmark.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { repoRoot } from '../../src/kitPaths.ts';
import { contractPath, type ContractName } from '../../src/contract/index.ts';

export interface PrismMock {
  baseUrl: string;
  stop(): Promise<void>;
}

export interface PrismMockOptions {
  contract?: ContractName;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** How long Prism may take to start (it loads many modules). */
  startTimeoutMs?: number;
  /** Receives Prism's own log lines (request log); silent when absent. */
  onLog?: (line: string) => void;
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, host, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startPrismMock(options: PrismMockOptions = {}): Promise<PrismMock> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port || (await freePort(host));
  const prismBin = join(repoRoot, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js');
  const child = spawn(process.execPath, [prismBin, 'mock', '-h', host, '-p', String(port), contractPath(options.contract ?? 'marketplace-services')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const baseUrl = `http://${host}:${port}`;
  let recent = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => fail(`Prism did not start within ${options.startTimeoutMs ?? 60000} ms`), options.startTimeoutMs ?? 60000);
    const fail = (message: string) => {
      clearTimeout(timer);
      child.kill();
      reject(new Error(message));
    };
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      recent = (recent + text).slice(-2000);
      for (const line of text.split('\n')) if (line.trim()) options.onLog?.(line);
      if (text.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onOutput);
    child.stderr.on('data', onOutput);
    child.once('exit', (code) => {
      const lastLine = recent.trim().split('\n').filter((line) => /error|EADDRINUSE|invalid/i.test(line)).pop() ?? recent.trim().split('\n').pop() ?? '';
      fail(`Prism exited (code ${code}) before listening on ${baseUrl}: ${lastLine.replace(/\s+/g, ' ').trim()}`);
    });
  });
  child.removeAllListeners('exit');
  return {
    baseUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
