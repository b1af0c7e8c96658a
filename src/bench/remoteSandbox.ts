// The sandbox as a distant `url` target: started in its own process on a loopback port, behind a
// latency proxy, and described by the environment variables a user would set for a UAT. Webhooks
// do not pass the proxy (the sandbox posts them to the kit's receiver directly).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { repoRoot } from '../kitPaths.ts';
import { sandboxClients } from '../targets/index.ts';
import { startLatencyProxy, type LatencyProxy } from './latencyProxy.ts';

export interface RemoteSandbox {
  /** The `MSKIT_…` variables of a url target reaching the sandbox through the proxy. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

const printedUrls = { api: 'MS API base URL', token: 'OAuth token URL', simulation: 'Simulation URL', vouchers: 'Vouchers URL' };
type PrintedUrls = Record<keyof typeof printedUrls, URL>;

/** Starts `npm run sandbox` on a random port and reads the URLs it prints. */
function startSandboxProcess(): Promise<{ child: ChildProcess; urls: PrintedUrls }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'mocks/sandbox/cli.ts'), '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const urls: Partial<PrintedUrls> = {};
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      for (const [name, label] of Object.entries(printedUrls) as [keyof PrintedUrls, string][]) {
        if (line.startsWith(`${label}:`)) urls[name] = new URL(line.slice(label.length + 1).trim());
      }
      if (Object.keys(urls).length === Object.keys(printedUrls).length) resolve({ child, urls: urls as PrintedUrls });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the sandbox exited (${code}) before listening`)));
  });
}

/** `pool: false`: the kit is not told of the sandbox's extra marketplaces (every lane shares the primary one). */
export async function startRemoteSandbox(options: { roundTripMs: number; pool?: boolean }): Promise<RemoteSandbox> {
  const { child, urls } = await startSandboxProcess();
  let proxy: LatencyProxy | undefined;
  try {
    proxy = await startLatencyProxy({ upstreamPort: Number(urls.api.port), oneWayDelayMs: options.roundTripMs / 2 });
    // Every URL of the sandbox shares its origin: only the port changes.
    const port = String(proxy.port);
    const via = (url: URL) => Object.assign(new URL(url), { port }).href.replace(/\/$/, '');
    const env = {
      MSKIT_TARGET: 'url',
      MSKIT_API_BASE_URL: via(urls.api),
      MSKIT_TOKEN_URL: via(urls.token),
      MSKIT_SIMULATION_BASE_URL: via(urls.simulation),
      MSKIT_VOUCHERS_BASE_URL: via(urls.vouchers),
      MSKIT_CLIENT_ID: sandboxClients.primary.clientId,
      MSKIT_CLIENT_SECRET: sandboxClients.primary.clientSecret,
      MSKIT_SECOND_CLIENT_ID: sandboxClients.second.clientId,
      MSKIT_SECOND_CLIENT_SECRET: sandboxClients.second.clientSecret,
      MSKIT_READER_CLIENT_ID: sandboxClients.reader.clientId,
      MSKIT_READER_CLIENT_SECRET: sandboxClients.reader.clientSecret,
      ...(options.pool === false ? {} : { MSKIT_MARKETPLACE_POOL: JSON.stringify(sandboxClients.pool) }),
      MSKIT_IMPLEMENTATION: `embedded sandbox behind ${options.roundTripMs} ms RTT`,
    };
    const opened = proxy;
    return {
      env,
      stop: async () => {
        await opened.close();
        await stopChild(child);
      },
    };
  } catch (error) {
    await proxy?.close();
    await stopChild(child);
    throw error;
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}
