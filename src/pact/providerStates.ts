// The provider states of the contract, in the domain's words. The consumer names them in its
// interactions (`given`); the provider verification sets each one up through the MS API and the
// simulation API and answers the ids it made, which the replayed requests pick up through
// `fromProviderState`. Ids are never fixed: the same pact verifies against a fresh sandbox or a
// shared UAT. `needs` is what a target must offer for the state to be set up at all.
import type { CapabilityName } from '../targets/index.ts';

export interface ProviderState {
  name: string;
  /** The ids and values the state handler answers (what `fromProviderState` expressions may use). */
  gives: readonly string[];
  needs: readonly CapabilityName[];
}

function state(name: string, gives: readonly string[], needs: readonly CapabilityName[] = []): ProviderState {
  return { name, gives, needs };
}

const sellerIds = ['merchantSellerId', 'sellerId', 'contactId', 'sellerDocumentId', 'contactDocumentId'] as const;

export const providerStates = {
  noSeller: state('no seller {merchantSellerId}', ['merchantSellerId']),
  sellerWithPartialData: state('a seller {merchantSellerId} missing only its email and phone number', ['merchantSellerId', 'sellerId']),
  sellerReadyForKyc: state('a seller {merchantSellerId} ready for KYC assessment', sellerIds),
  sellerUnderReview: state('a seller {merchantSellerId} under KYC review', sellerIds),
  // The virtual IBAN comes "a few minutes after requesting KYC" (seed §2.5): read once its webhook came.
  sellerIbanAnnounced: state('a seller {merchantSellerId} whose virtual IBAN was announced', sellerIds, ['webhooks']),
  sellerTransferArrived: state('a seller {merchantSellerId} whose 1 € transfer arrived', sellerIds, ['simulation']),
  sellerValidated: state('a seller {merchantSellerId} with validated KYC', ['merchantSellerId', 'sellerId', 'externalOrderId', 'externalTransferId'], ['simulation']),
  order: state('an order {externalOrderId}', ['externalOrderId', 'orderId', 'sellerId', 'externalTransactionId'], ['simulation']),
  orderWithPayment: state('an order {externalOrderId} with a PAYMENT of {amount}', ['externalOrderId', 'orderId', 'sellerId', 'transactionId', 'externalTransactionId'], ['simulation']),
  orderWithCashedPayment: state('an order {externalOrderId} with a PAYMENT of {amount} cashed', ['externalOrderId', 'orderId', 'sellerId', 'transactionId'], ['simulation']),
  availableFunds: state('the marketplace and a seller {merchantSellerId} with {amount} EUR available each', ['merchantSellerId', 'sellerId', 'externalTransferId'], ['simulation']),
  transferExecuted: state('a transfer {externalTransferId} already executed', ['externalTransferId', 'transferId', 'sellerId'], ['simulation', 'webhooks']),
  transferScheduled: state('a transfer {externalTransferId} scheduled for a later day', ['externalTransferId', 'transferId', 'sellerId'], ['simulation']),
  payoutMerchantPending: state('a merchant payout waiting for the bank batch', ['payoutMerchantId'], ['simulation']),
  payoutMerchantSettled: state('a merchant payout settled by the bank batch', ['payoutMerchantId'], ['simulation']),
  sellerWithPayableOrder: state('a seller {merchantSellerId} with a cashed order {externalOrderId} split to it', ['merchantSellerId', 'sellerId', 'externalOrderId'], ['simulation']),
  payoutSellerPending: state('a seller payout waiting for the bank batch', ['sellerId', 'payoutSellerId'], ['simulation']),
  payoutSellerAmountPending: state('a seller amount payout waiting for the bank batch', ['sellerId', 'payoutSellerAmountId'], ['simulation']),
  payoutSellerAmountSettled: state('a seller amount payout settled by the bank batch', ['sellerId', 'payoutSellerAmountId'], ['simulation']),
} as const satisfies Record<string, ProviderState>;

export type ProviderStateKey = keyof typeof providerStates;

export function providerStateNamed(name: string): ProviderState | undefined {
  return Object.values(providerStates).find((candidate) => candidate.name === name);
}
