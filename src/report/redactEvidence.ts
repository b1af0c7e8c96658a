// The report's second line of defence: evidence arrives already redacted by the runtime, but a
// sign-off package is handed around, so every value is checked again before it is written.
// Anything found here is also counted, because it means the runtime let a secret through.

const secretKeys = new Set([
  'authorization',
  'proxy-authorization',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'clientsecret',
  'secret',
  'webhooksecret',
  'webhook_secret',
  'password',
  'token',
  'x-api-key',
  'cookie',
  'set-cookie',
]);

export const redactedMarker = '<redacted>';

const mayHoldCredential = /bearer|basic|secret|token|password/i;

const alreadyHidden = /^[<[(]?(redacted|elided)|^\*{3,}$/i;

export interface RedactionResult<T> {
  value: T;
  /** How many values the re-check had to hide (0 when the runtime did its job). */
  redactions: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Hides secrets in any JSON-like value: values under secret-named keys (and `{ name, value }` header
 * pairs), bearer/basic credentials and form-encoded secrets inside strings, every occurrence of a
 * known secret value, and document `fileContent` (elided to its length). `rewrite`, when given,
 * rewrites every string first (the report's machine paths: one walk over the messages, not two).
 */
/** Credentials inside strings; each pattern's second group is the secret part of the match. */
const credentialPatterns = [
  // A credential, not an auth-param of a challenge (`WWW-Authenticate: Bearer error="invalid_token"`).
  /\b(Bearer|Basic)\s+(?![A-Za-z0-9_-]+=")([A-Za-z0-9\-._~+/]+=*)/g,
  /\b(client_secret|access_token|refresh_token|password|secret)=([^&\s"]+)/gi,
  /"(client_secret|access_token|refresh_token|secret|password)"\s*:\s*"([^"]+)"/gi,
];

export function redactEvidence<T>(input: T, knownSecrets: readonly string[] = [], rewrite?: (text: string) => string): RedactionResult<T> {
  let redactions = 0;
  const secrets = knownSecrets.filter((s) => s.length >= 4).map(escapeRegExp);
  const knownPattern = secrets.length > 0 ? new RegExp(secrets.join('|'), 'g') : undefined;

  const hideKnown = () => {
    redactions += 1;
    return redactedMarker;
  };
  const hideSecretPart = (whole: string, _label: string, secret: string) => {
    if (alreadyHidden.test(secret)) return whole;
    redactions += 1;
    return whole.replace(secret, redactedMarker);
  };
  const scrubString = (text: string): string => {
    let out = rewrite ? rewrite(text) : text;
    if (knownPattern) out = out.replace(knownPattern, hideKnown);
    // Most strings name no credential at all: skip the patterns for them (evidence is large).
    if (!mayHoldCredential.test(out)) return out;
    for (const pattern of credentialPatterns) out = out.replace(pattern, hideSecretPart);
    return out;
  };

  const hideValue = (value: unknown): unknown => {
    if (value === null || value === undefined || value === '') return value;
    // `Bearer <redacted>` keeps its scheme: it tells the reader which kind of credential was sent.
    const scheme = typeof value === 'string' ? /^(Bearer|Basic)\s+/i.exec(value)?.[0] ?? '' : '';
    if (typeof value === 'string' && alreadyHidden.test(value.slice(scheme.length))) return value;
    redactions += 1;
    return `${scheme}${redactedMarker}`;
  };

  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return scrubString(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    const source = value as Record<string, unknown>;
    const headerPair = typeof source.name === 'string' && 'value' in source && secretKeys.has(source.name.toLowerCase());
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(source)) {
      const lower = key.toLowerCase();
      if (headerPair && key === 'value') out[key] = hideValue(child);
      else if (secretKeys.has(lower)) out[key] = hideValue(child);
      else if (lower === 'filecontent' && typeof child === 'string' && !alreadyHidden.test(child)) {
        redactions += 1;
        out[key] = `<elided ${child.length} base64 chars>`;
      } else out[key] = walk(child);
    }
    return out;
  };

  return { value: walk(input) as T, redactions };
}
