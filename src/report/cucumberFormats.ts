// cucumber.html and junit.xml rendered from the run's messages by cucumber's own formatters, after
// the run: the package is written from one list of messages (a run's, or shards' merged), so the
// reports can be made light and free of machine paths before any of them is written.
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Envelope } from './cucumberMessages.ts';

interface FormatterPlugin {
  formatter(context: {
    on: (event: 'message', handler: (envelope: unknown) => void) => void;
    options: Record<string, unknown>;
    write: (chunk: string | Buffer) => void;
    directory?: string;
  }): void | (() => Promise<void>);
}

const fromKit = createRequire(import.meta.url);
// cucumber's built-in formatters, as `--format html` and `--format junit` use them.
const builtin = (fromKit('@cucumber/cucumber/lib/formatter/builtin/index') as { default: Record<string, unknown> }).default;
const fromCucumber = createRequire(fromKit.resolve('@cucumber/cucumber'));

function plugin(name: 'html' | 'junit'): FormatterPlugin {
  const entry = builtin[name];
  const module = (typeof entry === 'string' ? fromCucumber(entry) : entry) as FormatterPlugin | { default: FormatterPlugin };
  return 'formatter' in module ? module : module.default;
}

async function render(name: 'html' | 'junit', envelopes: readonly unknown[], options: Record<string, unknown> = {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let handler: (envelope: unknown) => void = () => undefined;
  const finish = plugin(name).formatter({
    on: (_event, h) => (handler = h),
    options,
    write: (chunk) => chunks.push(Buffer.from(chunk)),
  });
  for (const envelope of envelopes) handler(envelope);
  if (finish) await finish();
  return Buffer.concat(chunks);
}

/**
 * cucumber's page embeds every message as JSON: 4 MB for the whole suite even with brief evidence.
 * The page is cucumber's own (its template, styles and script), rendered without messages; the
 * messages go in gzipped (base64) and the browser unpacks them (DecompressionStream) before
 * cucumber's script runs.
 */
async function withPackedMessages(page: string, envelopes: readonly Envelope[]): Promise<string> {
  const open = '<script>\nwindow.CUCUMBER_MESSAGES = [';
  const close = '];\n</script>\n<script>\n';
  const start = page.indexOf(open);
  const end = page.indexOf(close, start);
  const scriptEnd = page.indexOf('\n</script>', end + close.length);
  if (start < 0 || end < 0 || scriptEnd < 0) throw new Error("cucumber's HTML template changed: the kit cannot place the messages in cucumber.html");
  // zlib's default level: 3 % larger than level 9 at half its time. On libuv's thread pool: the
  // other report files are made meanwhile.
  const packed = (await promisify(gzip)(JSON.stringify(envelopes))).toString('base64');
  const main = page.slice(end + close.length, scriptEnd);
  const unpack =
    `(async function(){var b=atob(document.getElementById('mskit-messages').textContent.trim());var a=new Uint8Array(b.length);for(var i=0;i<b.length;i++)a[i]=b.charCodeAt(i);` +
    `window.CUCUMBER_MESSAGES=JSON.parse(await new Response(new Blob([a]).stream().pipeThrough(new DecompressionStream('gzip'))).text());` +
    `var s=document.createElement('script');s.textContent=document.getElementById('cucumber-main').textContent;document.body.appendChild(s);})();`;
  return `${page.slice(0, start)}<script type="application/gzip+base64" id="mskit-messages">\n${packed}\n</script>\n<script type="text/plain" id="cucumber-main">\n${main}\n</script>\n<script>${unpack}</script>${page.slice(scriptEnd + '\n</script>'.length)}`;
}

export async function cucumberHtml(envelopes: readonly Envelope[]): Promise<Buffer> {
  return Buffer.from(await withPackedMessages((await render('html', [])).toString('utf8'), envelopes));
}

export function junitXml(envelopes: readonly Envelope[], suiteName = 'mskit'): Promise<Buffer> {
  return render('junit', envelopes, { suiteName });
}
