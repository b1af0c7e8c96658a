// One handler per provider state of the contract: set the state up on the target through its API and
// simulation API, and answer the ids made, for the `fromProviderState` values of the replayed request.
import { providerStates, type ProviderState, type ProviderStateKey } from '../providerStates.ts';
import { StateSetup, StateSetupError } from './stateSetup.ts';
import type { StateValues, VerificationContext } from './verificationContext.ts';

type Params = Record<string, unknown>;
type Build = (params: Params) => Promise<StateValues>;
export type StateHandler = (params?: unknown) => Promise<StateValues>;

function amountOf(params: Params): number {
  const amount = Number(params.amount);
  if (!Number.isFinite(amount) || amount <= 0) throw new StateSetupError(`the state needs a positive amount parameter (got ${JSON.stringify(params.amount)})`);
  return amount;
}

function builders(setup: StateSetup): Record<ProviderStateKey, Build> {
  const fresh = () => setup.newId();
  return {
    noSeller: async () => ({ merchantSellerId: fresh() }),
    sellerWithPartialData: async () => ({ ...(await setup.partialSeller()) }),
    sellerReadyForKyc: async () => ({ ...(await setup.sellerReadyForKyc()) }),
    sellerUnderReview: async () => ({ ...(await setup.sellerUnderReview()) }),
    sellerIbanAnnounced: async () => ({ ...(await setup.sellerIbanAnnounced()) }),
    sellerTransferArrived: async () => ({ ...(await setup.sellerTransferArrived()) }),
    sellerValidated: async () => {
      const { merchantSellerId, sellerId } = await setup.sellerForCash();
      return { merchantSellerId, sellerId, externalOrderId: fresh(), externalTransferId: fresh() };
    },
    order: async () => ({ ...(await setup.order()), externalTransactionId: fresh() }),
    orderWithPayment: async (params) => ({ ...(await setup.orderWithPayment(amountOf(params))), externalTransactionId: fresh() }),
    orderWithCashedPayment: async (params) => ({ ...(await setup.orderWithCashedPayment(amountOf(params))) }),
    availableFunds: async (params) => ({ ...(await setup.availableFunds(amountOf(params))), externalTransferId: fresh() }),
    transferExecuted: async () => ({ ...(await setup.transferExecuted()) }),
    transferScheduled: async () => ({ ...(await setup.transferScheduled()) }),
    payoutMerchantPending: async () => {
      await setup.availableFunds(50);
      return { payoutMerchantId: await setup.createPayoutMerchant() };
    },
    payoutMerchantSettled: async () => {
      await setup.availableFunds(50);
      const payoutMerchantId = await setup.createPayoutMerchant();
      await setup.runBankBatch();
      return { payoutMerchantId };
    },
    sellerWithPayableOrder: async () => {
      const { merchantSellerId, sellerId, externalOrderId } = await setup.sellerPaidForOrder(50, 5);
      return { merchantSellerId, sellerId, externalOrderId };
    },
    payoutSellerPending: async () => {
      const { sellerId, externalOrderId } = await setup.sellerPaidForOrder(50, 5);
      return { sellerId, payoutSellerId: await setup.createPayoutSeller(sellerId, externalOrderId) };
    },
    payoutSellerAmountPending: async () => {
      const { sellerId } = await setup.availableFunds(50);
      return { sellerId, payoutSellerAmountId: await setup.createPayoutSellerAmount(sellerId) };
    },
    payoutSellerAmountSettled: async () => {
      const { sellerId } = await setup.availableFunds(50);
      const payoutSellerAmountId = await setup.createPayoutSellerAmount(sellerId);
      await setup.runBankBatch();
      return { sellerId, payoutSellerAmountId };
    },
  };
}

function requireGiven(state: ProviderState, values: StateValues): StateValues {
  const missing = state.gives.filter((name) => values[name] === undefined);
  if (missing.length > 0) throw new StateSetupError(`the handler of "${state.name}" gave no ${missing.join(', ')}`);
  return values;
}

export function stateHandlers(setup: StateSetup, context: VerificationContext): Record<string, StateHandler> {
  const build = builders(setup);
  return Object.fromEntries(
    (Object.keys(providerStates) as ProviderStateKey[]).map((key) => {
      const state = providerStates[key];
      const handler: StateHandler = async (params) => {
        const given = (params ?? {}) as Params;
        try {
          context.current = { ...(given as StateValues), ...requireGiven(state, await build[key](given)) };
          return context.current;
        } catch (error) {
          context.stateFailed(state.name, (error as Error).message);
          throw error;
        }
      };
      return [state.name, handler];
    }),
  );
}
