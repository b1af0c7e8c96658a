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

/** Delivers to a receiver of this process when `url` is one's: whether it acknowledged (a 2xx); undefined when none is. */
export function receiveInProcess(url: string, request: { headers: Record<string, string>; body: string }): boolean | undefined {
  const target = new URL(url);
  const receiver = byOrigin.get(target.origin);
  if (!receiver) return undefined;
  const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toLowerCase(), value]));
  // As over HTTP: a body beyond the receiver's limit is cut there.
  const rawBody = Buffer.byteLength(request.body) <= receiver.maxBodyBytes ? request.body : Buffer.from(request.body).subarray(0, receiver.maxBodyBytes).toString('utf8');
  const status = receiver.receive({ path: `${target.pathname}${target.search}`, headers, rawBody });
  return status >= 200 && status < 300;
}
