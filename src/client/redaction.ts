// What may be stored or attached as evidence: tokens, client secrets and webhook secrets are
// replaced, document contents are elided. The redactor also knows the run's actual secret values
// and replaces them wherever they appear, so a secret echoed in an unexpected place is caught too.

const secretKeys = new Set(['access_token', 'refresh_token', 'id_token', 'client_secret', 'clientsecret', 'secret', 'webhooksecret', 'password']);
const secretHeaders = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-api-key']);
const documentContentKeys = new Set(['filecontent']);

export const redacted = '<redacted>';

export function elided(content: string): string {
  return `<elided ${content.length} base64 chars>`;
}

export class Redactor {
  private readonly secrets = new Set<string>();

  /** A value that must never appear in evidence, wherever it shows up. */
  addSecret(value: string | undefined): void {
    // Very short values would blank out ordinary text; they are not secrets worth the name.
    if (value && value.length >= 6) this.secrets.add(value);
  }

  text(value: string): string {
    let result = value;
    for (const secret of this.secrets) if (result.includes(secret)) result = result.split(secret).join(redacted);
    return result;
  }

  headers(headers: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(headers).map(([name, value]) => {
        if (!secretHeaders.has(name.toLowerCase())) return [name, this.text(value)];
        const scheme = /^(Bearer|Basic)\s/i.exec(value)?.[1];
        return [name, scheme ? `${scheme} ${redacted}` : redacted];
      }),
    );
  }

  /** A deep copy of a JSON body, safe to store. */
  body(value: unknown): unknown {
    if (typeof value === 'string') return this.text(value);
    if (Array.isArray(value)) return value.map((item) => this.body(item));
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => {
        const lower = key.toLowerCase();
        if (secretKeys.has(lower)) return [key, redacted];
        if (documentContentKeys.has(lower) && typeof item === 'string') return [key, elided(item)];
        return [key, this.body(item)];
      }),
    );
  }

  /** A raw request body: JSON is redacted field by field, a form (the token request) parameter by parameter. */
  rawBody(raw: string, contentType: string | undefined): unknown {
    if (contentType?.includes('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(raw);
      for (const key of [...form.keys()]) if (secretKeys.has(key.toLowerCase())) form.set(key, redacted);
      return this.text(form.toString().replaceAll(encodeURIComponent(redacted), redacted));
    }
    try {
      return this.body(JSON.parse(raw));
    } catch {
      return this.text(raw);
    }
  }
}
