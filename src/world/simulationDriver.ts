// Typed calls of the simulation API (interface §6): what a bank, a KYC operator, buyers and the
// clock do in real life. A call that is not answered 2xx fails the step in one line, unless the
// scenario expects the refusal (`allowFailure`) and then asserts the last response itself.
import type { ApiResponse } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import type { ScenarioApi } from './scenarioApi.ts';

export interface SimulationCallOptions {
  /** Which marketplace acts (default: the primary one). */
  as?: 'primary' | 'second';
  /** Return a non-2xx answer instead of failing (the scenario asserts it). */
  allowFailure?: boolean;
}

export interface IncomingTransfer {
  amount: number;
  currency: string;
  debtorName: string;
  debtorIban: string;
}

export interface KycDecision {
  decision: 'VALIDATED' | 'REFUSED';
  comment?: string;
  refuse?: {
    sellerData?: { comment: string };
    contacts?: { contactId: string; comment: string }[];
    documents?: { documentId: string; comment: string }[];
  };
}

export interface LedgerAccount {
  account: 'CANTONMENT' | 'MARKETPLACE' | 'SELLER';
  sellerId?: string;
  currency: string;
  available: number;
  previsional: number;
}

export class SimulationError extends Error {
  override name = 'SimulationError';
}

export class SimulationDriver {
  constructor(
    private readonly api: ScenarioApi,
    private readonly codePointer: string,
  ) {}

  private async call(what: string, method: string, path: string, body: unknown, options: SimulationCallOptions = {}): Promise<ApiResponse> {
    const response = await this.api.send({ method, path, body, as: options.as ?? 'primary' });
    if (!options.allowFailure && (response.status < 200 || response.status >= 300)) {
      const code = readPointer(response.body, this.codePointer);
      const detail = readPointer(response.body, '/detail');
      throw new SimulationError(`simulation ${what} answered ${response.status}${typeof code === 'string' ? ` ${code}` : ''}${typeof detail === 'string' ? `: ${detail}` : ''} (${method} ${response.url})`);
    }
    return response;
  }

  registerWebhookEndpoint(endpoint: { url: string; secret: string }, options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('registerWebhookEndpoint', 'POST', '/webhook-endpoints', endpoint, options);
  }

  /** A bank transfer reaches the seller's virtual IBAN (the 1 € check). */
  incomingTransfer(merchantSellerId: string, transfer: IncomingTransfer, options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('incomingTransfer', 'POST', `/sellers/${encodeURIComponent(merchantSellerId)}/incoming-transfers`, transfer, options);
  }

  kycReview(merchantSellerId: string, decision: KycDecision, options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('kycReview', 'POST', `/sellers/${encodeURIComponent(merchantSellerId)}/kyc-review`, decision, options);
  }

  /** Buyer money for a transaction is cashed: its paidAmount grows by `amount`. */
  settle(transactionId: string, amount: number, options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('settle', 'POST', `/transactions/${encodeURIComponent(transactionId)}/settlements`, { amount }, options);
  }

  /** The marketplace's current time (ISO 8601): compute dates from it, never from the machine's clock. */
  async now(options?: Pick<SimulationCallOptions, 'as'>): Promise<string> {
    const response = await this.call('now', 'GET', '/clock', undefined, options);
    return String(readPointer(response.body, '/now'));
  }

  advanceClock(to: string, options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('advanceClock', 'POST', '/clock/advance', { to }, options);
  }

  runBankBatch(options?: SimulationCallOptions): Promise<ApiResponse> {
    return this.call('runBankBatch', 'POST', '/bank-batches', undefined, options);
  }

  async accounts(options?: Pick<SimulationCallOptions, 'as'>): Promise<LedgerAccount[]> {
    const response = await this.call('accounts', 'GET', '/accounts', undefined, options);
    return (readPointer(response.body, '/accounts') ?? []) as LedgerAccount[];
  }
}
