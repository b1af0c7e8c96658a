// Network failures and answers that are not an API's (HTML pages, broken JSON) turned into one
// line that says what happened and what to check — never a stack trace.

export class TransportError extends Error {
  override name = 'TransportError';
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

const connectionProblems: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found (DNS lookup failed)',
  ECONNRESET: 'connection reset',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed by the other side',
  CERT_HAS_EXPIRED: 'TLS certificate expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed TLS certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed TLS certificate in the chain',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'TLS certificate cannot be verified',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'TLS certificate signed by an unknown CA',
  ERR_TLS_CERT_ALTNAME_INVALID: 'TLS certificate does not match the host',
};

/** A certificate the kit does not trust: a private CA is the usual cause on a UAT. */
const untrustedCertificate = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

interface ErrorLike {
  code?: unknown;
  cause?: unknown;
}

/** fetch wraps the system error (ECONNREFUSED…) in `cause`, sometimes twice. */
function errorCode(error: unknown): string | undefined {
  let current = error as ErrorLike | undefined;
  for (let depth = 0; current && depth < 4; depth++) {
    if (typeof current.code === 'string' && current.code !== 'UND_ERR') return current.code;
    current = current.cause as ErrorLike | undefined;
  }
  return undefined;
}

export interface ExchangeContext {
  method: string;
  url: string;
  /** Configuration key the user should check, e.g. `target.apiBaseUrl`. */
  configKey: string;
  timeoutMs: number;
}

/** The one line for an exchange that got no HTTP answer. */
export function describeFetchFailure(error: unknown, context: ExchangeContext): string {
  const name = (error as Error | undefined)?.name;
  if (name === 'TimeoutError' || name === 'AbortError') {
    return `no answer from ${context.method} ${context.url} within ${context.timeoutMs} ms: the target is too slow or not answering (check ${context.configKey})`;
  }
  const code = errorCode(error);
  const problem = code ? connectionProblems[code] ?? code : ((error as Error | undefined)?.cause as Error | undefined)?.message ?? (error as Error | undefined)?.message ?? String(error);
  const check = code && untrustedCertificate.has(code) ? `target.tls.ca (the CA that signed the target's certificate) or ${context.configKey}` : context.configKey;
  return `target ${originOf(context.url)} is unreachable (${problem}): check ${check}`;
}

export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

export function isJsonMediaType(mediaType: string | undefined): boolean {
  return mediaType === 'application/json' || Boolean(mediaType?.endsWith('+json'));
}

/**
 * Parses an answer's text by its content type. HTML (a gateway or login page) and broken JSON are
 * refused with one line; other text stays text (the contract check judges it); empty is undefined.
 */
export function parseAnswerBody(text: string, contentType: string | undefined, context: ExchangeContext & { hint?: string }): unknown {
  const mediaType = mediaTypeOf(contentType);
  const hint = context.hint ?? `is ${context.configKey} right?`;
  if (text.trim() === '') return undefined;
  if (mediaType === 'text/html' || (!mediaType && /^\s*<(!doctype|html)/i.test(text))) {
    throw new TransportError(`target answered text/html instead of JSON at ${context.method} ${context.url}: ${hint}`);
  }
  if (isJsonMediaType(mediaType) || !mediaType) {
    try {
      return JSON.parse(text);
    } catch {
      if (mediaType) throw new TransportError(`target answered ${mediaType} that is not valid JSON at ${context.method} ${context.url}: ${hint}`);
      return text;
    }
  }
  return text;
}
