// One HTTP exchange as the evidence keeps it: already redacted when it is built.

export type Caller = 'primary' | 'second' | 'reader' | 'anonymous' | 'forged';

export interface Exchange {
  /** Which API: `MS`, `simulation`, `vouchers`, `oauth`. */
  api: string;
  caller?: Caller;
  method: string;
  url: string;
  operationId?: string;
  startedAt: string;
  durationMs: number;
  request: { headers: Record<string, string>; body?: unknown };
  response?: { status: number; headers: Record<string, string>; body?: unknown };
  /** Why the exchange failed when it did: no answer, garbage, or the contract violations. */
  problem?: string;
}

export type ExchangeListener = (exchange: Exchange) => void;
