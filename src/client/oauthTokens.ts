// OAuth 2.0 client-credentials tokens, one per client role, cached until shortly before they expire
// (concurrent callers share one request). Failures become one line naming the client and what to check.
import type { Caller } from './exchange.ts';
import { directTransport, type HttpTransport, type TransportAnswer } from './httpTransport.ts';
import type { Redactor } from './redaction.ts';
import { describeFetchFailure, mediaTypeOf, parseAnswerBody, TransportError } from './transportFailure.ts';

export type ClientRole = Exclude<Caller, 'anonymous' | 'forged'>;

export interface RoleCredentials {
  clientId: string;
  clientSecret: string;
  scope?: string;
  /** The configuration keys to check when this client is refused, e.g. `clientId/clientSecret`. */
  configKeys: string;
}

/** How a client proves its identity to the token endpoint (RFC 6749 §2.3.1). */
export type TokenAuthMethod = 'client_secret_post' | 'client_secret_basic';

export interface TokenStoreOptions {
  /** Absent: the target takes any bearer (the Prism mock), so `staticToken` is sent. */
  tokenUrl?: string;
  staticToken?: string;
  clients: Partial<Record<ClientRole, RoleCredentials>>;
  /** Marketplaces that stand in for the primary one in concurrent lanes: seat N is `pool[N - 1]`. */
  pool?: RoleCredentials[];
  /** Default `client_secret_post`: the credentials in the form body. */
  tokenAuth?: TokenAuthMethod;
  /** How requests reach the target (proxy, mutual TLS); the target's API clients share it. */
  transport?: HttpTransport;
  timeoutMs: number;
  redactor: Redactor;
}

interface CachedToken {
  value: string;
  expiresAt: number;
}

const roleNames: Record<ClientRole, string> = { primary: 'the marketplace client', second: 'the second marketplace client', reader: 'the reader client' };
/** Renew this long before the announced expiry, so a token never dies in flight. */
const expiryMarginMs = 30_000;

export class TokenStore {
  private readonly cache = new Map<string, CachedToken>();
  private readonly pending = new Map<string, Promise<string>>();

  constructor(private readonly options: TokenStoreOptions) {
    for (const client of [...Object.values(options.clients), ...(options.pool ?? [])]) options.redactor.addSecret(client?.clientSecret);
    options.redactor.addSecret(options.staticToken);
  }

  get transport(): HttpTransport {
    return this.options.transport ?? directTransport;
  }

  has(role: ClientRole): boolean {
    return role in this.options.clients;
  }

  /** How many marketplaces can act as the primary one: itself and the pool. */
  get seats(): number {
    return 1 + (this.options.pool?.length ?? 0);
  }

  /** The token of `role`; the primary marketplace's role is played by pool marketplace `seat` when it is not 0. */
  async tokenFor(role: ClientRole, seat = 0): Promise<string> {
    const pooled = role === 'primary' && seat > 0;
    const credentials = pooled ? this.options.pool?.[seat - 1] : this.options.clients[role];
    if (!credentials) throw new Error(pooled ? `the target has no marketplace ${seat} in its marketplacePool` : `the target has no ${roleNames[role]} configured`);
    if (!this.options.tokenUrl) return this.options.staticToken ?? 'mskit-static-token';
    const key = pooled ? `pool-${seat}` : role;
    const cached = this.cache.get(key);
    if (cached && cached.expiresAt > Date.now()) return cached.value;
    let request = this.pending.get(key);
    if (!request) {
      request = this.requestToken(key, credentials, this.options.tokenUrl).finally(() => this.pending.delete(key));
      this.pending.set(key, request);
    }
    return request;
  }

  private async requestToken(key: string, credentials: RoleCredentials, tokenUrl: string): Promise<string> {
    const context = { method: 'POST', url: tokenUrl, configKey: 'target.tokenUrl', timeoutMs: this.options.timeoutMs, hint: 'is tokenUrl right?' };
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' };
    const form = new URLSearchParams({ grant_type: 'client_credentials' });
    if (this.options.tokenAuth === 'client_secret_basic') {
      // RFC 6749 §2.3.1: each part form-encoded before joining, so a ':' in the id stays unambiguous.
      const encode = (value: string) => new URLSearchParams({ v: value }).toString().slice(2);
      headers.authorization = `Basic ${Buffer.from(`${encode(credentials.clientId)}:${encode(credentials.clientSecret)}`).toString('base64')}`;
    } else {
      form.set('client_id', credentials.clientId);
      form.set('client_secret', credentials.clientSecret);
    }
    if (credentials.scope) form.set('scope', credentials.scope);
    let response: TransportAnswer;
    try {
      response = await this.transport.fetch(tokenUrl, {
        method: 'POST',
        headers,
        body: form,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
    } catch (error) {
      throw new TransportError(describeFetchFailure(error, context));
    }
    const body = parseAnswerBody(await response.text(), response.headers.get('content-type') ?? undefined, context) as Record<string, unknown> | undefined;
    const oauthError = typeof body?.error === 'string' ? body.error : undefined;
    if (response.status >= 500) {
      throw new TransportError(`token endpoint answered ${response.status} at POST ${tokenUrl}: the target is failing; try again later or ask its operators`);
    }
    if (!response.ok) {
      const what = oauthError === 'invalid_scope' ? `scope "${credentials.scope ?? ''}" for client "${credentials.clientId}"` : `client "${credentials.clientId}"`;
      const check = oauthError === 'invalid_scope' ? 'check the scope' : `check ${credentials.configKeys}`;
      throw new TransportError(`token endpoint refused ${what} (${response.status}${oauthError ? ` ${oauthError}` : ''}): ${check}`);
    }
    const token = body?.access_token;
    if (typeof token !== 'string' || token === '') {
      const mediaType = mediaTypeOf(response.headers.get('content-type') ?? undefined) ?? 'no content type';
      throw new TransportError(`token endpoint answered ${response.status} (${mediaType}) without an access_token at POST ${tokenUrl}: is tokenUrl right?`);
    }
    this.options.redactor.addSecret(token);
    const expiresIn = typeof body?.expires_in === 'number' ? body.expires_in * 1000 : Number.POSITIVE_INFINITY;
    this.cache.set(key, { value: token, expiresAt: Date.now() + Math.max(expiresIn - expiryMarginMs, expiresIn / 2) });
    return token;
  }
}
