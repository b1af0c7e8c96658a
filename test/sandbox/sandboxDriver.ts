// Test support: drives an in-process sandbox by fastify inject (no sockets), with tokens per
// client, a loopback webhook receiver when asked, and ready-made sellers.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { builtInClients, createSandbox, type Sandbox, type SandboxClient, type SandboxOptions } from '../../mocks/sandbox/index.ts';
import { sellerPayload } from '../../src/journeys/sellerPayloads.ts';
import { contactPayload } from '../../src/journeys/contactPayloads.ts';
import type { SchemaContactInput, SchemaSellerUpsert } from '../../src/generated/marketplace-services.ts';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: any;
  contentType: string | undefined;
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  raw: string;
  body: any;
}

export type Caller = 'a' | 'b' | 'reader' | 'anonymous';

const credentials = {
  a: ['marketplace-a', 'sandbox-secret-a', 'marketplace:rw'],
  b: ['marketplace-b', 'sandbox-secret-b', 'marketplace:rw'],
  reader: ['reader', 'sandbox-secret-reader', 'marketplace:read'],
} as const;

/** Clients for `tenants` pairs of fresh marketplaces in one sandbox (`marketplace-a-3`, `marketplace-b-3`…), plus the built-in ones. */
export function tenantClients(tenants: number): SandboxClient[] {
  return [
    ...builtInClients,
    ...Array.from({ length: tenants }, (_, index) =>
      (['a', 'b'] as const).map((side) => ({ clientId: `marketplace-${side}-${index}`, clientSecret: `sandbox-secret-${side}`, marketplace: `marketplace-${side}-${index}`, scopes: ['marketplace:rw'] })),
    ).flat(),
  ];
}

/** A tiny valid PDF-ish payload: only its base64 shape matters to the sandbox. */
export const tinyPdf = Buffer.from('%PDF-1.4 test document').toString('base64');

/** A complete French company and its legal representative, built as the suite's journeys build them. */
export const frenchSeller = sellerPayload('FR') as Required<SchemaSellerUpsert> & { address: Required<NonNullable<SchemaSellerUpsert['address']>>; bankingInformation: Required<NonNullable<SchemaSellerUpsert['bankingInformation']>> };

export const contact = contactPayload() as Required<SchemaContactInput>;

export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly waiters: Array<() => void> = [];
  /** Failures to answer, each consumed by the first delivery it matches (others get 200). */
  private readonly failures: Array<{ status: number; matches: (body: any) => boolean }> = [];
  private readonly holds: Array<{ matches: (body: any) => boolean; released: Promise<void> }> = [];
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const body = JSON.parse(raw);
        this.received.push({ headers: request.headers, raw, body });
        const failure = this.failures.findIndex((planned) => planned.matches(body));
        response.statusCode = failure >= 0 ? this.failures.splice(failure, 1)[0]!.status : 200;
        const hold = this.holds.findIndex((planned) => planned.matches(body));
        const released = hold >= 0 ? this.holds.splice(hold, 1)[0]!.released : Promise.resolve();
        for (const wake of this.waiters.splice(0)) wake();
        void released.then(() => response.end());
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/webhooks`;
    return this;
  }

  /** The next `times` deliveries matching `matches` are answered `status`. */
  fail(times: number, status = 500, matches: (body: any) => boolean = () => true): void {
    for (let index = 0; index < times; index += 1) this.failures.push({ status, matches });
  }

  /** The next delivery matching `matches` gets no answer until the returned function is called. */
  hold(matches: (body: any) => boolean): () => void {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ matches, released });
    return release;
  }

  /** Resolves once a delivery matching `matches` has arrived (immediately if one already has). */
  async waitFor(matches: (body: any) => boolean): Promise<void> {
    while (!this.received.some((webhook) => matches(webhook.body))) await new Promise<void>((wake) => this.waiters.push(wake));
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export class SandboxDriver {
  private readonly tokens = new Map<Caller, string>();
  /** Called with every exchange, for tests that check answers against the contract. */
  readonly observers: Array<(method: string, url: string, answer: Answer) => void> = [];
  receiver?: WebhookReceiver;
  readonly webhookSecret = 'whsec_test_0123456789abcdef';
  private counter = 0;

  constructor(
    readonly sandbox: Sandbox,
    /** Which pair of marketplaces 'a' and 'b' are (see tenantClients); the built-in ones when absent. */
    private readonly tenant?: number,
    private readonly ownsSandbox = true,
  ) {}

  static async start(options: SandboxOptions & { receiver?: boolean } = {}): Promise<SandboxDriver> {
    return new SandboxDriver(createSandbox({ webhooks: { timeoutMs: 1000, backoffMs: 5, maxAttempts: 4 }, ...options })).withReceiver(options.receiver);
  }

  /** A driver on fresh marketplaces of a shared sandbox; closing it leaves the sandbox running. */
  static async on(sandbox: Sandbox, tenant: number, options: { receiver?: boolean } = {}): Promise<SandboxDriver> {
    return new SandboxDriver(sandbox, tenant, false).withReceiver(options.receiver);
  }

  private async withReceiver(wanted: boolean | undefined): Promise<this> {
    if (!wanted) return this;
    this.receiver = await new WebhookReceiver().start();
    for (const caller of ['a', 'b'] as const) {
      const answer = await this.sim('POST', '/webhook-endpoints', { url: this.receiver.url, secret: this.webhookSecret }, caller);
      if (answer.status !== this.created) throw new Error(`webhook endpoint not registered: ${answer.status}`);
    }
    return this;
  }

  /** What a POST that creates answers on this sandbox: 201, or 200 when it speaks the created-200 dialect. */
  get created(): number {
    return this.sandbox.dialects.includes('created-200') ? 200 : 201;
  }

  id(prefix: string): string {
    this.counter += 1;
    return `${prefix}-${this.counter}`;
  }

  async token(caller: Exclude<Caller, 'anonymous'>): Promise<string> {
    const known = this.tokens.get(caller);
    if (known) return known;
    const [builtInId, clientSecret, scope] = credentials[caller];
    const clientId = this.tenant === undefined || caller === 'reader' ? builtInId : `${builtInId}-${this.tenant}`;
    const answer = await this.sandbox.inject({
      method: 'POST',
      url: '/oauth/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret, scope }).toString(),
    });
    const token = answer.json().access_token as string;
    this.tokens.set(caller, token);
    return token;
  }

  async call(method: string, url: string, body?: unknown, caller: Caller = 'a', extraHeaders: Record<string, string> = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (caller !== 'anonymous') headers.authorization = `Bearer ${await this.token(caller)}`;
    if (body !== undefined) headers['content-type'] ??= 'application/json';
    const response = await this.sandbox.inject({
      method: method as 'GET',
      url,
      headers,
      ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const contentType = response.headers['content-type'] as string | undefined;
    const parsed = response.body === '' ? undefined : contentType?.includes('json') ? response.json() : response.body;
    const answer: Answer = { status: response.statusCode, headers: response.headers as Answer['headers'], body: parsed, contentType };
    for (const observe of this.observers) observe(method, url, answer);
    return answer;
  }

  sim(method: string, path: string, body?: unknown, caller: Caller = 'a'): Promise<Answer> {
    return this.call(method, `/simulation${path}`, body, caller);
  }

  async expect(status: number, method: string, url: string, body?: unknown, caller: Caller = 'a'): Promise<any> {
    const answer = await this.call(method, url, body, caller);
    if (answer.status !== status) throw new Error(`${method} ${url}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  /** A seller with every field, a contact and the minimum documents: ready for _assess-kyc. */
  async completeSeller(caller: Caller = 'a', merchantSellerId = this.id('seller')): Promise<{ merchantSellerId: string; sellerId: string; contactId: string; documentId: string; contactDocumentId: string }> {
    const seller = await this.expect(201, 'PUT', `/sellers/${merchantSellerId}`, frenchSeller, caller);
    const added = await this.expect(this.created, 'POST', `/sellers/${merchantSellerId}/contacts`, contact, caller);
    const document = await this.expect(this.created, 'POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf }, caller);
    const contactDocument = await this.expect(this.created, 'POST', `/sellers/${merchantSellerId}/contacts/${added.contactId}/documents`, { name: 'id.png', type: 'IDENTITY_CARD', fileContent: tinyPdf }, caller);
    return { merchantSellerId, sellerId: seller.sellerId, contactId: added.contactId, documentId: document.documentId, contactDocumentId: contactDocument.documentId };
  }

  oneEuro(merchantSellerId: string, caller: Caller = 'a', overrides: Record<string, unknown> = {}): Promise<Answer> {
    return this.sim('POST', `/sellers/${merchantSellerId}/incoming-transfers`, { amount: 1, currency: 'EUR', debtorName: 'Atelier Lumière SAS', debtorIban: frenchSeller.bankingInformation.iban, ...overrides }, caller);
  }

  /** A complete seller taken through assess, the 1 € transfer and a validating review. */
  async validatedSeller(caller: Caller = 'a'): Promise<{ merchantSellerId: string; sellerId: string; contactId: string; documentId: string }> {
    const seller = await this.completeSeller(caller);
    await this.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`, undefined, caller);
    const transfer = await this.oneEuro(seller.merchantSellerId, caller);
    if (transfer.status !== 202) throw new Error(`1 € transfer: ${transfer.status}`);
    const review = await this.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'VALIDATED' }, caller);
    if (review.status !== 200) throw new Error(`review: ${review.status} ${JSON.stringify(review.body)}`);
    return seller;
  }

  /** An order with one PAYMENT of `amount`, settled for `settled`. */
  async paidOrder(amount: number, settled: number, caller: Caller = 'a'): Promise<{ externalOrderId: string; orderId: string; transactionId: string }> {
    const externalOrderId = this.id('order');
    const order = await this.expect(this.created, 'POST', '/orders', { externalOrderId, amount, currency: 'EUR' }, caller);
    const transaction = await this.expect(this.created, 'POST', '/transactions', { externalOrderId, externalTransactionId: this.id('trx'), type: 'PAYMENT', amount, currency: 'EUR', paymentMethodName: 'CARD' }, caller);
    if (settled > 0) {
      const settlement = await this.sim('POST', `/transactions/${transaction.transactionId}/settlements`, { amount: settled }, caller);
      if (settlement.status !== 200) throw new Error(`settlement: ${settlement.status}`);
    }
    return { externalOrderId, orderId: order.orderId, transactionId: transaction.transactionId };
  }

  split(externalOrderId: string, lines: Array<Record<string, unknown>>, caller: Caller = 'a'): Promise<Answer> {
    return this.call('POST', '/orderSplit', { externalOrderId, currency: 'EUR', splits: lines.map((line) => ({ amountType: 'SELLER_PAYMENT', fee: 0, feeType: 'SELLER_TO_MARKETPLACE', model: '3P', ...line })) }, caller);
  }

  async accounts(caller: Caller = 'a'): Promise<Array<{ account: string; sellerId?: string; currency: string; available: number; previsional: number }>> {
    return (await this.sim('GET', '/accounts', undefined, caller)).body.accounts;
  }

  async account(kind: string, sellerId?: string, caller: Caller = 'a'): Promise<{ available: number; previsional: number }> {
    const found = (await this.accounts(caller)).find((account) => account.account === kind && account.sellerId === sellerId && account.currency === 'EUR');
    return { available: found?.available ?? 0, previsional: found?.previsional ?? 0 };
  }

  async webhooks(): Promise<ReceivedWebhook[]> {
    await this.sandbox.webhooksIdle();
    return this.receiver?.received ?? [];
  }

  async close(): Promise<void> {
    if (this.ownsSandbox) await this.sandbox.close();
    else await this.sandbox.webhooksIdle();
    await this.receiver?.close();
  }
}
