// The kit's HTTP client for one API of the target (MS, simulation, vouchers): a bearer token per
// caller, the configured extra headers, no automatic retries, a timeout per request, every exchange
// captured (redacted) for evidence, and every answer checked against the API's contract.
import { randomBytes } from 'node:crypto';
import type { Caller, Exchange, ExchangeListener } from './exchange.ts';
import type { ClientRole, TokenStore } from './oauthTokens.ts';
import type { Redactor } from './redaction.ts';
import type { TransportAnswer } from './httpTransport.ts';
import { describeFetchFailure, parseAnswerBody, TransportError } from './transportFailure.ts';

export interface ContractViolationLike {
  pointer: string;
  rule: string;
  message: string;
}

/** What the client needs of a contract (src/contract's Contract provides it). */
export interface ContractChecker {
  matchOperation(method: string, path: string): { operationId: string } | undefined;
  validateResponse(operationId: string, status: number, contentType: string | undefined, body: unknown): ContractViolationLike[];
}

export interface ApiRequest {
  method: string;
  /** Relative to the API's base URL, e.g. `/sellers/mskit-7f3a-w1-0042`. */
  path: string;
  /** An object is sent as JSON; a string is sent as is (to send a body that is not JSON). */
  body?: unknown;
  as?: Caller;
  headers?: Record<string, string>;
}

export interface ApiResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  operationId?: string;
  method: string;
  url: string;
  path: string;
  durationMs: number;
  /** The body the kit sent (in memory only; evidence keeps the redacted copy). */
  requestBody?: unknown;
}

export interface ApiClientOptions {
  /** Label in evidence and messages: `MS`, `simulation`, `vouchers`. */
  api: string;
  baseUrl: string;
  /** Configuration key naming the base URL, for one-line failures (`target.apiBaseUrl`). */
  baseUrlKey: string;
  contract?: ContractChecker;
  /** The target's clients' tokens, and the transport (proxy, mutual TLS) that reaches the target. */
  tokens: TokenStore;
  headers?: Record<string, string>;
  timeoutMs: number;
  redactor: Redactor;
  onExchange?: ExchangeListener;
  /** Writes pass it (src/concurrency/ledgerGate.ts): none may land while another scenario reads the marketplace's ledger. */
  writeGate?: { write<T>(body: () => Promise<T>, seat: number): Promise<T> };
  /** Which marketplace acts as the primary one: 0 the primary itself, N the pool's N-th (a lane's own). */
  seat?: number;
}

export class ContractViolationError extends Error {
  override name = 'ContractViolationError';
  constructor(
    message: string,
    readonly response: ApiResponse,
  ) {
    super(message);
  }
}

/** A well-formed bearer token no authorization server issued: the target must refuse it. */
function forgedToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const header = encode({ alg: 'HS256', typ: 'JWT' });
  const payload = encode({ sub: 'mskit-forged', scope: 'marketplace:rw', exp: Math.floor(Date.now() / 1000) + 3600 });
  return `${header}.${payload}.${randomBytes(32).toString('base64url')}`;
}

/** The request body as evidence keeps it: the object redacted, or the raw text when it was sent as text. */
function requestEvidence(body: unknown, payload: string | undefined, contentType: string | undefined, redactor: Redactor): unknown {
  if (payload === undefined) return undefined;
  return typeof body === 'string' ? redactor.rawBody(payload, contentType) : redactor.body(body);
}

export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

export class ApiClient {
  constructor(private readonly options: ApiClientOptions) {}

  get baseUrl(): string {
    return this.options.baseUrl;
  }

  /** A client for the same API whose exchanges go to another listener (one per scenario). */
  withListener(onExchange: ExchangeListener): ApiClient {
    return new ApiClient({ ...this.options, onExchange });
  }

  /** A client for the same API whose primary marketplace is the one at `seat` (see TokenStore). */
  atSeat(seat: number): ApiClient {
    return seat === (this.options.seat ?? 0) ? this : new ApiClient({ ...this.options, seat });
  }

  private async authorization(caller: Caller): Promise<string | undefined> {
    if (caller === 'anonymous') return undefined;
    if (caller === 'forged') return `Bearer ${forgedToken()}`;
    return `Bearer ${await this.options.tokens.tokenFor(caller as ClientRole, this.options.seat)}`;
  }

  async send(request: ApiRequest): Promise<ApiResponse> {
    const { redactor } = this.options;
    const method = request.method.toUpperCase();
    const caller = request.as ?? 'primary';
    const url = joinUrl(this.options.baseUrl, request.path);
    const operationId = this.options.contract?.matchOperation(method, request.path)?.operationId;
    const headers: Record<string, string> = { accept: 'application/json', ...this.options.headers };
    const authorization = await this.authorization(caller);
    if (authorization) headers.authorization = authorization;
    let payload: string | undefined;
    if (request.body !== undefined) {
      payload = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      headers['content-type'] = 'application/json';
    }
    Object.assign(headers, request.headers);

    const startedAt = new Date();
    const context = { method, url, configKey: this.options.baseUrlKey, timeoutMs: this.options.timeoutMs };
    const exchange: Exchange = {
      api: this.options.api,
      caller,
      method,
      url,
      operationId,
      startedAt: startedAt.toISOString(),
      durationMs: 0,
      request: { headers: redactor.headers(headers), body: requestEvidence(request.body, payload, headers['content-type'], redactor) },
    };
    const finish = (problem?: string) => {
      exchange.durationMs = Date.now() - startedAt.getTime();
      if (problem) exchange.problem = redactor.text(problem);
      this.options.onExchange?.(exchange);
    };

    let response: TransportAnswer;
    let text: string;
    const exchanged = async () => {
      const { timeoutMs } = this.options;
      const init = {
        method,
        headers,
        body: payload,
        // Made when the transport reads it: a target in this process never does, and these timers add up.
        get signal() {
          return AbortSignal.timeout(timeoutMs);
        },
      };
      const answer = await this.options.tokens.transport.fetch(url, init);
      return { answer, text: await answer.text() };
    };
    const { writeGate } = this.options;
    try {
      ({ answer: response, text } = method === 'GET' || method === 'HEAD' || !writeGate ? await exchanged() : await writeGate.write(exchanged, this.options.seat ?? 0));
    } catch (error) {
      const message = describeFetchFailure(error, context);
      finish(message);
      throw new TransportError(message);
    }
    const responseHeaders = Object.fromEntries(response.headers.entries());
    const contentType = response.headers.get('content-type') ?? undefined;
    exchange.response = { status: response.status, headers: redactor.headers(responseHeaders) };
    let body: unknown;
    try {
      body = parseAnswerBody(text, contentType, context);
    } catch (error) {
      exchange.response.body = redactor.text(text.slice(0, 2000));
      finish((error as Error).message);
      throw error;
    }
    exchange.response.body = redactor.body(body);
    const answer: ApiResponse = { status: response.status, headers: responseHeaders, body, operationId, method, url, path: request.path, durationMs: Date.now() - startedAt.getTime(), requestBody: request.body };
    const violations = operationId && this.options.contract ? this.options.contract.validateResponse(operationId, response.status, contentType, body) : [];
    if (violations.length > 0) {
      const [first] = violations;
      const more = violations.length > 1 ? ` (and ${violations.length - 1} more: ${violations.slice(1, 4).map((v) => `${v.pointer || '/'} ${v.rule}`).join(', ')})` : '';
      const message = `response of ${operationId} (${response.status}) violates the contract at ${first.pointer || '/'}: ${first.message} (${first.rule})${more}`;
      finish(message);
      throw new ContractViolationError(redactor.text(message), answer);
    }
    finish();
    return answer;
  }
}
