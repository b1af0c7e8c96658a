// The loopback proxy Pact's verifier replays the pact's requests through: each request goes to the
// target unchanged, and its answer comes back in the pact's canonical terms (canonicalAnswer.ts),
// so that a target is held to the interface, not to one dialect of it. Listens on 127.0.0.1, on a
// port of the system's choosing, for one verification.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { joinUrl } from '../../client/index.ts';
import { canonicalAnswer, type Answer, type Dialect } from './canonicalAnswer.ts';

export interface TranslatingProxy {
  url: string;
  close(): Promise<void>;
}

export interface ProxyOptions {
  /** The target's MS API base URL. */
  upstream: string;
  dialect: Dialect;
  timeoutMs: number;
}

// Hop-by-hop headers, and those fetch recomputes (it also decompresses the answer).
const notRelayed = new Set(['host', 'connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'accept-encoding']);

function relayedHeaders(headers: Iterable<[string, string | string[] | undefined]>): Headers {
  const relayed = new Headers();
  for (const [name, value] of headers) {
    if (value === undefined || notRelayed.has(name.toLowerCase())) continue;
    for (const item of Array.isArray(value) ? value : [value]) relayed.append(name, item);
  }
  return relayed;
}

async function readAll(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parsedJson(contentType: string | undefined, raw: Buffer): unknown {
  if (raw.length === 0 || !/json/i.test(contentType ?? '')) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return undefined;
  }
}

async function relay(options: ProxyOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = request.url ?? '/';
  const method = request.method ?? 'GET';
  const payload = await readAll(request);
  const upstream = await fetch(joinUrl(options.upstream, path), {
    method,
    headers: relayedHeaders(Object.entries(request.headers)),
    body: payload.length > 0 ? payload : undefined,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
  });
  const raw = Buffer.from(await upstream.arrayBuffer());
  const contentType = upstream.headers.get('content-type') ?? undefined;
  const answered: Answer = { status: upstream.status, contentType, body: parsedJson(contentType, raw) };
  const canonical = canonicalAnswer(options.dialect, { method, path }, answered);
  const headers = relayedHeaders(upstream.headers.entries());
  if (canonical.contentType !== undefined) headers.set('content-type', canonical.contentType);
  const body = canonical.body === answered.body ? raw : Buffer.from(JSON.stringify(canonical.body));
  response.writeHead(canonical.status, Object.fromEntries(headers.entries()));
  response.end(body);
}

export async function startTranslatingProxy(options: ProxyOptions): Promise<TranslatingProxy> {
  const server = createServer((request, response) => {
    relay(options, request, response).catch((error: Error) => {
      // Pact then reports a 502 where it expected the target's answer, with this line in its report.
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain' });
      response.end(`mskit: the target did not answer ${request.method} ${request.url}: ${error.message}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The verifier keeps its connections alive; they would hold the close until they time out.
        server.closeAllConnections();
      }),
  };
}
