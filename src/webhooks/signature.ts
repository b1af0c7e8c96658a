// The MS-Signature scheme of interface §5: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`
// keyed with the secret the endpoint was registered with. Several v1 entries are allowed (a sender
// rotating secrets); one matching is enough.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type SignatureVerdict =
  | { valid: true }
  | { valid: false; problem: 'unsigned' | 'malformed' | 'mismatch' | 'stale'; detail: string };

export function signWebhook(secret: string, rawBody: string, unixSeconds: number): string {
  const digest = createHmac('sha256', secret).update(`${unixSeconds}.${rawBody}`).digest('hex');
  return `t=${unixSeconds},v1=${digest}`;
}

export interface VerifyOptions {
  header: string | undefined;
  headerName: string;
  rawBody: string;
  secret: string;
  toleranceSeconds: number;
  nowSeconds: number;
}

export function verifyWebhookSignature(options: VerifyOptions): SignatureVerdict {
  const { header, headerName } = options;
  if (!header) return { valid: false, problem: 'unsigned', detail: `no ${headerName} header` };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamp = parts.find(([name]) => name === 't')?.[1];
  const signatures = parts.filter(([name, value]) => name === 'v1' && value).map(([, value]) => value);
  if (!timestamp || !/^\d+$/.test(timestamp) || signatures.length === 0) {
    return { valid: false, problem: 'malformed', detail: `${headerName} is not "t=<unix seconds>,v1=<hex>"` };
  }
  const expected = Buffer.from(createHmac('sha256', options.secret).update(`${timestamp}.${options.rawBody}`).digest('hex'));
  const matches = signatures.some((signature) => {
    const given = Buffer.from(signature.toLowerCase());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { valid: false, problem: 'mismatch', detail: `${headerName} v1 is not the HMAC-SHA256 of the body with this run's secret` };
  const age = options.nowSeconds - Number(timestamp);
  if (Math.abs(age) > options.toleranceSeconds) {
    return { valid: false, problem: 'stale', detail: `${headerName} timestamp is ${Math.abs(age)} s ${age >= 0 ? 'old' : 'in the future'} (tolerance ${options.toleranceSeconds} s)` };
  }
  return { valid: true };
}
