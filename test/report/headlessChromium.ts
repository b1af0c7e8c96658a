// A real browser for the report tests: Debian's headless Chromium driven over the DevTools protocol
// on a pipe (--remote-debugging-pipe: no port, no WebSocket client needed). Absent Chromium, the
// tests that need it are skipped with one line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const candidates = ['chromium', 'chromium-browser', 'google-chrome'];

export function findChromium(): string | undefined {
  return candidates.find((name) => spawnSync(name, ['--version'], { stdio: 'ignore' }).status === 0);
}

interface Reply {
  id?: number;
  method?: string;
  sessionId?: string;
  result?: Record<string, any>;
  error?: { message: string };
}

export class HeadlessPage {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (r: Record<string, any>) => void; reject: (e: Error) => void }>();
  private readonly waiting: { method: string; resolve: () => void }[] = [];
  private sessionId = '';

  private constructor(
    private readonly browser: ChildProcess,
    private readonly profileDir: string,
  ) {
    let buffer = '';
    (browser.stdio[4] as Readable).on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end: number;
      while ((end = buffer.indexOf('\0')) >= 0) {
        this.receive(JSON.parse(buffer.slice(0, end)) as Reply);
        buffer = buffer.slice(end + 1);
      }
    });
  }

  static async open(executable: string, size = { width: 1280, height: 900 }): Promise<HeadlessPage> {
    const profileDir = await mkdtemp(join(tmpdir(), 'mskit-chromium-'));
    const browser = spawn(executable, ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--hide-scrollbars', `--user-data-dir=${profileDir}`, '--remote-debugging-pipe', 'about:blank'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    });
    const page = new HeadlessPage(browser, profileDir);
    const { targetId } = await page.send('Target.createTarget', { url: 'about:blank' }, false);
    page.sessionId = (await page.send('Target.attachToTarget', { targetId, flatten: true }, false)).sessionId as string;
    await page.send('Page.enable');
    await page.send('Emulation.setDeviceMetricsOverride', { ...size, deviceScaleFactor: 1, mobile: false });
    return page;
  }

  private receive(message: Reply): void {
    if (message.id !== undefined) {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) call?.reject(new Error(message.error.message));
      else call?.resolve(message.result ?? {});
      return;
    }
    const index = this.waiting.findIndex((w) => w.method === message.method);
    if (index >= 0) this.waiting.splice(index, 1)[0].resolve();
  }

  send(method: string, params: Record<string, unknown> = {}, inSession = true): Promise<Record<string, any>> {
    const id = this.nextId++;
    const message = { id, method, params, ...(inSession ? { sessionId: this.sessionId } : {}) };
    (this.browser.stdio[3] as Writable).write(`${JSON.stringify(message)}\0`);
    return new Promise((resolve, reject) => this.pending.set(id, { resolve, reject }));
  }

  async goto(url: string): Promise<void> {
    const loaded = new Promise<void>((resolve) => this.waiting.push({ method: 'Page.loadEventFired', resolve }));
    await this.send('Page.navigate', { url });
    await loaded;
  }

  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
    if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value as T;
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from((await this.send('Page.captureScreenshot', { format: 'png' })).data as string, 'base64');
  }

  async close(): Promise<void> {
    await this.send('Browser.close', {}, false).catch(() => undefined);
    if (this.browser.exitCode === null) await new Promise((resolve) => this.browser.once('exit', resolve));
    await rm(this.profileDir, { recursive: true, force: true });
  }
}
