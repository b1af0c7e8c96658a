// Webhook receivers of this process, by origin: a target that runs in this very process (the
// embedded sandbox, src/targets/sandboxTarget.ts) posts its webhooks to them without a socket, as the
// kit's requests reach it (src/targets/inProcessTargets.ts). The receiver checks and records such a
// delivery exactly as one that came over HTTP.

export interface Delivery {
  /** The path and query the delivery was posted to. */
  path: string;
  /** Header fields by lower-case name. */
  headers: Record<string, string>;
  rawBody: string;
}

interface Receiver {
  /** Records the delivery; the HTTP status the receiver answers. */
  receive(delivery: Delivery): number;
  maxBodyBytes: number;
}

const byOrigin = new Map<string, Receiver>();

export function registerInProcessReceiver(origin: string, receiver: Receiver): () => void {
  byOrigin.set(new URL(origin).origin, receiver);
  return () => byOrigin.delete(new URL(origin).origin);
}

/**
 * Posts to a receiver of this process when `url` is one's, else over HTTP (`overHttp`); whether the
 * delivery was acknowledged (a 2xx), as the sender's retry logic needs it.
 */
export async function postWebhook(
  url: string,
  request: { headers: Record<string, string>; body: string; signal: AbortSignal },
  overHttp: (url: string, request: { headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<boolean>,
): Promise<boolean> {
  const target = new URL(url);
  const receiver = byOrigin.get(target.origin);
  if (!receiver) return overHttp(url, request);
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  // As over HTTP: a body beyond the receiver's limit is cut there.
  const rawBody = Buffer.byteLength(request.body) <= receiver.maxBodyBytes ? request.body : Buffer.from(request.body).subarray(0, receiver.maxBodyBytes).toString('utf8');
  const status = receiver.receive({ path: `${target.pathname}${target.search}`, headers, rawBody });
  return status >= 200 && status < 300;
}
