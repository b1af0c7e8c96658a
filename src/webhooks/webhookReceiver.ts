// The HTTP endpoint the target posts webhooks to: records every POST in the inbox with its
// signature verdict and always answers 2xx (a refused delivery is the kit's finding, not a reason
// to make the sender retry). A target in this very process (the embedded sandbox) may post without
// the socket (src/webhooks/inProcessReceivers.ts): the same path, headers, body and checks.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registerInProcessReceiver, type Delivery } from './inProcessReceivers.ts';
import { verifyWebhookSignature } from './signature.ts';
import type { WebhookInbox } from './webhookInbox.ts';

export interface WebhookReceiverOptions {
  inbox: WebhookInbox;
  secret: string;
  signatureHeader: string;
  toleranceSeconds: number;
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  maxBodyBytes?: number;
  /**
   * Which paths are this run's registrations. Deliveries to other paths come from registrations of
   * earlier runs (same public URL, older secret): answered 2xx and left out of the inbox.
   */
  accepts?: (path: string) => boolean;
}

export interface WebhookReceiver {
  /** Base URL of the receiver, e.g. http://127.0.0.1:40123 (registrations add a path per marketplace). */
  url: string;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : String(value ?? '')]));
}

export async function startWebhookReceiver(options: WebhookReceiverOptions): Promise<WebhookReceiver> {
  const host = options.host ?? '127.0.0.1';
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  /** One POST: recorded with its signature verdict (unless it belongs to another run); the status to answer. */
  const receive = ({ path, headers, rawBody }: Delivery): number => {
    if (options.accepts && !options.accepts(path)) return 204;
    const signature = verifyWebhookSignature({
      header: headers[options.signatureHeader.toLowerCase()],
      headerName: options.signatureHeader,
      rawBody,
      secret: options.secret,
      toleranceSeconds: options.toleranceSeconds,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    options.inbox.record({ rawBody, headers, path, signature });
    return 204;
  };
  const server = createServer((request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    readBody(request, limit).then(
      (rawBody) => response.writeHead(receive({ path: request.url ?? '/', headers: flatHeaders(request), rawBody })).end(),
      () => response.writeHead(400).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason = error.code === 'EADDRINUSE' ? 'the port is in use' : error.code === 'EACCES' ? 'permission denied' : error.message;
      reject(new Error(`the webhook receiver cannot listen on ${host}:${options.port ?? 0}: ${reason} (check target.webhookListenPort)`));
    });
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host}:${port}`;
  const unregister = registerInProcessReceiver(url, { receive, maxBodyBytes: limit });
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        unregister();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
