// Webhook messages are verified by making the target send them: from the state just set up, drive
// the journey that emits the event (an API call, the 1 € transfer, the operator's decision, a bank
// batch…), wait for it at the kit's receiver, and hand Pact the body as it arrived.
import { messageInteractions } from '../consumer/backOfficeContract.ts';
import type { MessageTrigger } from '../consumer/webhookMessages.ts';
import type { ProviderSession } from './providerSession.ts';
import { StateSetupError, type StateSetup } from './stateSetup.ts';
import type { VerificationContext } from './verificationContext.ts';
import { waitForWebhook } from './webhookWait.ts';

type Emit = () => Promise<unknown>;

function idOf(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'string' || value === '') throw new StateSetupError(`the answer has no ${name}`);
  return value;
}

function triggers(setup: StateSetup, session: ProviderSession, context: VerificationContext): Record<MessageTrigger, Emit> {
  const wait = (type: string, resource: string) => waitForWebhook(session, { type, resource }).then((event) => event.body);
  return {
    assessKyc: async () => {
      const merchantSellerId = context.value('merchantSellerId');
      await setup.assessKyc(merchantSellerId);
      const body = await wait('MP_IBAN_AVAILABLE_FOR_PAYMENT', merchantSellerId);
      // Sent once (seed §2.6.1): the seller's events arrive in lifecycle order, so once the next one
      // is in, a second IBAN event would be too.
      await setup.sendOneEuro(merchantSellerId);
      await wait('MP_KYC_IN_PROGRESS', merchantSellerId);
      session.inbox?.assertAtMostOnce('MP_IBAN_AVAILABLE_FOR_PAYMENT', { resource: merchantSellerId });
      return body;
    },
    oneEuroTransfer: async () => {
      const merchantSellerId = context.value('merchantSellerId');
      await setup.sendOneEuro(merchantSellerId);
      return wait('MP_KYC_IN_PROGRESS', merchantSellerId);
    },
    validateKyc: async () => {
      const merchantSellerId = context.value('merchantSellerId');
      await setup.decideKyc(merchantSellerId, { decision: 'VALIDATED' });
      return wait('MP_KYC_VALIDATED', merchantSellerId);
    },
    refuseKyc: async () => {
      const merchantSellerId = context.value('merchantSellerId');
      const documentId = context.value('sellerDocumentId');
      await setup.decideKyc(merchantSellerId, { decision: 'REFUSED', refuse: { documents: [{ documentId, comment: 'The document is unreadable' }] } });
      return wait('MP_KYC_REFUSED', merchantSellerId);
    },
    transactionOnUnknownOrder: async () => {
      const externalOrderId = setup.newId();
      await setup.ms('registering a payment on an order MS does not know', {
        method: 'POST',
        path: '/transactions',
        body: { externalOrderId, externalTransactionId: setup.newId(), type: 'PAYMENT', amount: 10.5, currency: 'EUR', paymentMethodName: 'CARD' },
      });
      return wait('order.notFound', externalOrderId);
    },
    settlePayment: async () => {
      const transactionId = context.value('transactionId');
      await setup.settle(transactionId, context.amount('amount'));
      return wait('transaction.update', transactionId);
    },
    transfer: async () => {
      const answer = await setup.createTransfer(context.value('sellerId'), context.value('externalTransferId'));
      return wait('transfer.update', idOf(answer.body, 'transferId'));
    },
    payoutMerchant: async () => {
      const payoutMerchantId = await setup.createPayoutMerchant();
      await setup.runBankBatch();
      return wait('payoutMerchant.update', payoutMerchantId);
    },
    payoutSeller: async () => {
      const payoutSellerId = await setup.createPayoutSeller(context.value('sellerId'), context.value('externalOrderId'));
      await setup.runBankBatch();
      return wait('payoutSeller.update', payoutSellerId);
    },
    payoutSellerAmount: async () => {
      const payoutSellerAmountId = await setup.createPayoutSellerAmount(context.value('sellerId'));
      await setup.runBankBatch();
      return wait('payoutSeller.update', payoutSellerAmountId);
    },
  };
}

/** Pact's message providers, by message description. */
export function messageProviders(setup: StateSetup, session: ProviderSession, context: VerificationContext): Record<string, () => Promise<unknown>> {
  const emit = triggers(setup, session, context);
  return Object.fromEntries(
    messageInteractions.map((message) => [
      message.description,
      async () => {
        try {
          return await emit[message.trigger]();
        } catch (error) {
          context.messageFailed(message.description, session.redactor.text((error as Error).message));
          throw error;
        }
      },
    ]),
  );
}
