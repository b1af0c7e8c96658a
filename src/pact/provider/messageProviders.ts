// Webhook messages are verified by making the target send them: from the state just set up, drive
// the journey that emits the event (an API call, the 1 € transfer, the operator's decision, a bank
// batch…), wait for it at the kit's receiver, and hand Pact the event in the interface's canonical
// envelope (canonicalWebhook.ts). The event waited for must name one of the resource's ids (MS's or
// the marketplace's: interface §5 leaves which to the implementation); one naming none never
// arrives as far as the kit can tell, and the message fails.
import { messageInteractions } from '../consumer/backOfficeContract.ts';
import type { MessageTrigger } from '../consumer/webhookMessages.ts';
import { canonicalWebhook, type ResourceIds } from './canonicalWebhook.ts';
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
  const wait = (type: string, resource: ResourceIds) =>
    waitForWebhook(session, { type, resource: Object.values(resource) }).then((event) => canonicalWebhook(event.body, session.profile.webhooks.envelope, resource));
  const seller = () => ({ merchantSellerId: context.value('merchantSellerId'), sellerId: context.value('sellerId') });
  return {
    assessKyc: async () => {
      await setup.assessKyc(context.value('merchantSellerId'));
      const event = await wait('MP_IBAN_AVAILABLE_FOR_PAYMENT', seller());
      // Sent once (seed §2.6.1): the seller's events arrive in lifecycle order, so once the next one
      // is in, a second IBAN event would be too.
      await setup.sendOneEuro(context.value('merchantSellerId'));
      await wait('MP_KYC_IN_PROGRESS', seller());
      session.inbox?.assertAtMostOnce('MP_IBAN_AVAILABLE_FOR_PAYMENT', { resource: Object.values(seller()) });
      return event;
    },
    oneEuroTransfer: async () => {
      await setup.sendOneEuro(context.value('merchantSellerId'));
      return wait('MP_KYC_IN_PROGRESS', seller());
    },
    validateKyc: async () => {
      await setup.decideKyc(context.value('merchantSellerId'), { decision: 'VALIDATED' });
      return wait('MP_KYC_VALIDATED', seller());
    },
    refuseKyc: async () => {
      const documentId = context.value('sellerDocumentId');
      await setup.decideKyc(context.value('merchantSellerId'), { decision: 'REFUSED', refuse: { documents: [{ documentId, comment: 'The document is unreadable' }] } });
      return wait('MP_KYC_REFUSED', seller());
    },
    transactionOnUnknownOrder: async () => {
      const externalOrderId = setup.newId();
      await setup.ms('registering a payment on an order MS does not know', {
        method: 'POST',
        path: '/transactions',
        body: { externalOrderId, externalTransactionId: setup.newId(), type: 'PAYMENT', amount: 10.5, currency: 'EUR', paymentMethodName: 'CARD' },
      });
      return wait('order.notFound', { externalOrderId });
    },
    settlePayment: async () => {
      await setup.settle(context.value('transactionId'), context.amount('amount'));
      return wait('transaction.update', { transactionId: context.value('transactionId'), externalTransactionId: context.value('paymentExternalTransactionId') });
    },
    transfer: async () => {
      const externalTransferId = context.value('externalTransferId');
      const answer = await setup.createTransfer(context.value('sellerId'), externalTransferId);
      return wait('transfer.update', { transferId: idOf(answer.body, 'transferId'), externalTransferId });
    },
    payoutMerchant: async () => {
      const payoutMerchantId = await setup.createPayoutMerchant();
      await setup.runBankBatch();
      return wait('payoutMerchant.update', { payoutMerchantId });
    },
    payoutSeller: async () => {
      const payoutSellerId = await setup.createPayoutSeller(context.value('sellerId'), context.value('externalOrderId'));
      await setup.runBankBatch();
      return wait('payoutSeller.update', { payoutSellerId });
    },
    payoutSellerAmount: async () => {
      const payoutSellerAmountId = await setup.createPayoutSellerAmount(context.value('sellerId'));
      await setup.runBankBatch();
      return wait('payoutSeller.update', { payoutSellerAmountId });
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
