// Cucumber parameter types for cash management and vouchers, in the seed's words: amounts as
// decimal strings (never floats), transaction types, the parties of a transfer, payout statuses.
import { defineParameterType } from '@cucumber/cucumber';
import type { CashNoun } from '../../src/journeys/cashResources.ts';
import type { CashParty } from '../../src/journeys/transferJourney.ts';
import type { WrittenMoney } from '../../src/journeys/orderJourney.ts';

/** `12.30`: an amount in major units, kept as written. */
defineParameterType({
  name: 'cashAmount',
  useForSnippets: false,
  regexp: /-?\d+\.\d{2}/,
  transformer: (amount: string) => amount,
});

/** `12.30 EUR`: an amount and its currency. */
defineParameterType({
  name: 'cashMoney',
  useForSnippets: false,
  regexp: /(-?\d+\.\d{2}) ([A-Z]{3})/,
  transformer: (amount: string, currency: string): WrittenMoney => ({ amount, currency }),
});

defineParameterType({
  name: 'transactionType',
  useForSnippets: false,
  regexp: /PAYMENT|REFUND|CREDIT/,
  transformer: (type: string) => type as 'PAYMENT' | 'REFUND' | 'CREDIT',
});

/** Whether a transaction's money is cashed in full when it is registered. */
defineParameterType({
  name: 'cashedState',
  useForSnippets: false,
  regexp: /paid|unpaid/,
  transformer: (state: string) => state === 'paid',
});

/** Either end of a transfer: `the marketplace` or `seller "Acme"`. */
defineParameterType({
  name: 'cashParty',
  useForSnippets: false,
  regexp: /the marketplace|seller "[^"]+"/,
  transformer: (party: string): CashParty => (party === 'the marketplace' ? { kind: 'marketplace' } : { kind: 'seller', name: party.slice('seller "'.length, -1) }),
});

/** A cash resource a scenario named: `order "O1"`, `payout "PO1"` (any kind of payout). */
defineParameterType({
  name: 'cashResource',
  useForSnippets: false,
  regexp: /order|transaction|transfer|payout/,
  transformer: (noun: string) => noun as CashNoun,
});

/** What the previous step asked for, in refusal checks: `the split is refused …`. */
defineParameterType({
  name: 'cashRequest',
  useForSnippets: false,
  regexp: /voucher order|order|transaction|split|transfer|payout|settlement|change|deletion/,
  transformer: (request: string) => request,
});

/** The definitive status of a transfer or payout (seed §3). */
defineParameterType({
  name: 'finalStatus',
  useForSnippets: false,
  regexp: /VALIDATED|CANCELLED/,
  transformer: (status: string) => status,
});

defineParameterType({
  name: 'voucherContract',
  useForSnippets: false,
  regexp: /CONECS|CVCONNECT/,
  transformer: (type: string) => type as 'CONECS' | 'CVCONNECT',
});

/** Any status of a transfer or payout, PENDING included. */
defineParameterType({
  name: 'operationStatus',
  useForSnippets: false,
  regexp: /PENDING|VALIDATED|CANCELLED/,
  transformer: (status: string) => status,
});

/** `"P1"`, `"P1" and "P2"`, `"P1", "P2" and "R1"`: the names of resources a list must hold. */
defineParameterType({
  name: 'cashNames',
  useForSnippets: false,
  regexp: /"[^"]+"(?:(?:, | and )"[^"]+")*/,
  transformer: (names: string) => [...names.matchAll(/"([^"]+)"/g)].map((match) => match[1]!),
});
