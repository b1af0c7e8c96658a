// What an approver needs to read one failure at a glance: expected against actual, taken from the
// step's message; the one exchange that failed among the scenario's; and a curl line reproducing
// it, with every secret left as a shell variable to fill in.
import { redactedMarker } from './redactEvidence.ts';

export interface ExpectedActual {
  expected: string;
  actual: string;
}

/** Reads the kit's "expected … but …" messages and node's assertion diffs; undefined when neither. */
export function expectedVsActual(message: string): ExpectedActual | undefined {
  const kit = /^expected (.+?)(?:,| but) (?:got |but )?(.+)$/is.exec(message.split('\n')[0]?.trim() ?? '');
  if (kit) return { expected: kit[1].trim(), actual: kit[2].trim() };
  // node:assert prints `actual !== expected` on a line of its own.
  const strict = /^\s*(.+?) !== (.+?)\s*$/m.exec(message);
  if (strict && /Expected values to be strictly equal/.test(message)) return { expected: strict[2], actual: strict[1] };
  return undefined;
}

export interface ExchangeRecord {
  api?: string;
  method?: string;
  url?: string;
  operationId?: string;
  problem?: string;
  request?: { headers?: Record<string, string>; body?: unknown };
  response?: { status?: number; headers?: Record<string, string>; body?: unknown };
}

export interface FailingExchange {
  index: number;
  /** False when nothing ties an exchange to the failure: the last one is shown as the context. */
  named: boolean;
}

/**
 * The exchange the failure is about: the one with a recorded problem (no answer, contract
 * violation), else the last one the message names by operation or status, else the last one.
 */
export function failingExchange(exchanges: readonly ExchangeRecord[], message: string): FailingExchange {
  const withProblem = exchanges.findLastIndex((x) => x.problem);
  if (withProblem >= 0) return { index: withProblem, named: true };
  const named = exchanges.findLastIndex((x) => (x.operationId && message.includes(x.operationId)) || (x.response?.status !== undefined && new RegExp(`\\b${x.response.status}\\b`).test(message)));
  return named >= 0 ? { index: named, named: true } : { index: exchanges.length - 1, named: false };
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The variable that stands for a hidden value: the access token, or a secret named after where it was. */
function variableFor(name: string): string {
  const lower = name.toLowerCase();
  if (lower === 'authorization') return '$MSKIT_TOKEN';
  if (lower.includes('client_secret')) return '$MSKIT_CLIENT_SECRET';
  return `$MSKIT_${name.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;
}

/** Splices shell variables into a single-quoted argument wherever the evidence hid a secret. */
function withVariables(text: string, variable: string): string {
  const pieces = text.split(redactedMarker);
  return pieces.map((piece, i) => (piece ? quote(piece) : '') + (i < pieces.length - 1 ? `"${variable}"` : '')).join('') || "''";
}

/** Headers worth repeating: what the request meant, not what the transport added. */
const transportHeaders = new Set(['host', 'content-length', 'connection', 'user-agent', 'accept-encoding', 'traceparent']);

export function curlLine(exchange: ExchangeRecord): string | undefined {
  if (!exchange.method || !exchange.url) return undefined;
  const parts = ['curl', '-sS', '-i', '-X', exchange.method.toUpperCase(), quote(exchange.url)];
  for (const [name, value] of Object.entries(exchange.request?.headers ?? {})) {
    if (transportHeaders.has(name.toLowerCase())) continue;
    parts.push('-H', withVariables(`${name}: ${value}`, variableFor(name)));
  }
  const body = exchange.request?.body;
  if (body !== undefined && body !== null && body !== '') {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    parts.push('--data-raw', withVariables(text, exchange.api === 'oauth' ? '$MSKIT_CLIENT_SECRET' : '$MSKIT_SECRET'));
  }
  return parts.join(' ');
}
