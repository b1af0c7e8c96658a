import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FaultSet } from '../faults.ts';

// OAuth 2.0 client credentials (interface §1, RFC 6749 §4.4): who may call, for which marketplace, with which scopes.

export const marketplaceScope = 'marketplace:rw';

export interface SandboxClient {
  clientId: string;
  clientSecret: string;
  /** The marketplace (tenant) the client acts for. */
  marketplace: string;
  /** The scopes the client may be granted. */
  scopes: string[];
}

/** How many extra marketplaces the sandbox offers for concurrent runs (a lane each: docs/parallel.md). */
export const poolSize = 8;

/** Public sandbox credentials, printed on purpose by `npm run sandbox`. */
export const builtInClients: SandboxClient[] = [
  { clientId: 'marketplace-a', clientSecret: 'sandbox-secret-a', marketplace: 'marketplace-a', scopes: [marketplaceScope] },
  { clientId: 'marketplace-b', clientSecret: 'sandbox-secret-b', marketplace: 'marketplace-b', scopes: [marketplaceScope] },
  { clientId: 'reader', clientSecret: 'sandbox-secret-reader', marketplace: 'marketplace-a', scopes: ['marketplace:read'] },
  ...Array.from({ length: poolSize }, (_, i) => ({ clientId: `marketplace-pool-${i + 1}`, clientSecret: `sandbox-secret-pool-${i + 1}`, marketplace: `marketplace-pool-${i + 1}`, scopes: [marketplaceScope] })),
];

export interface Grant {
  clientId: string;
  marketplace: string;
  scopes: string[];
  expiresAt: number;
}

export type TokenRequestOutcome =
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; status: 400 | 401; body: { error: string; error_description: string } };

function sameSecret(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export class TokenIssuer {
  private readonly grants = new Map<string, Grant>();
  private readonly clients: Map<string, SandboxClient>;

  constructor(
    clients: SandboxClient[],
    private readonly ttlSeconds: number,
    private readonly faults: FaultSet,
  ) {
    this.clients = new Map(clients.map((client) => [client.clientId, client]));
  }

  get firstMarketplaceClient(): SandboxClient | undefined {
    return [...this.clients.values()].find((client) => client.scopes.includes(marketplaceScope));
  }

  /** SEC-OAUTH-CLIENT-CREDENTIALS: POST /oauth/token. Credentials from the form or from HTTP Basic. */
  issue(form: Record<string, string | undefined>, basic: { clientId: string; clientSecret: string } | undefined): TokenRequestOutcome {
    const fail = (status: 400 | 401, error: string, description: string): TokenRequestOutcome => ({ ok: false, status, body: { error, error_description: description } });
    if (!form.grant_type) return fail(400, 'invalid_request', 'grant_type is required');
    if (form.grant_type !== 'client_credentials') return fail(400, 'unsupported_grant_type', `grant_type "${form.grant_type}" is not supported: use client_credentials`);
    const clientId = basic?.clientId ?? form.client_id;
    const clientSecret = basic?.clientSecret ?? form.client_secret;
    const client = clientId === undefined ? undefined : this.clients.get(clientId);
    if (!client || clientSecret === undefined || !sameSecret(client.clientSecret, clientSecret)) return fail(401, 'invalid_client', 'unknown client or wrong client secret');
    const requested = form.scope?.split(' ').filter(Boolean) ?? client.scopes;
    const refused = requested.filter((scope) => !client.scopes.includes(scope));
    if (refused.length > 0) return fail(400, 'invalid_scope', `client "${client.clientId}" may not have scope ${refused.join(' ')}`);
    const accessToken = randomBytes(24).toString('base64url');
    this.grants.set(accessToken, { clientId: client.clientId, marketplace: client.marketplace, scopes: requested, expiresAt: Date.now() + this.ttlSeconds * 1000 });
    const body: Record<string, unknown> = { access_token: accessToken, token_type: 'Bearer', expires_in: this.ttlSeconds, scope: requested.join(' ') };
    if (this.faults.has('token-answer-incomplete')) {
      delete body.expires_in;
      delete body.scope;
    }
    return { ok: true, body };
  }

  /** The grant behind a bearer token, if it exists and has not expired (token lifetimes follow the wall clock). */
  verify(accessToken: string): Grant | undefined {
    const grant = this.grants.get(accessToken);
    if (!grant) return undefined;
    if (grant.expiresAt <= Date.now()) {
      this.grants.delete(accessToken);
      return undefined;
    }
    return grant;
  }
}
