import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { mintId } from '../../domain/marketplace.ts';
import { findSeller } from '../../domain/onboarding.ts';
import { receiveIncomingTransfer, reviewKyc } from '../../domain/kycJourney.ts';
import { findTransaction, paymentStatusOf, settleTransaction } from '../../domain/transactions.ts';
import { advanceClock } from '../../domain/clockEffects.ts';
import { runBankBatch } from '../../domain/payouts.ts';
import { accountBalances } from '../../domain/ledger.ts';
import { amountToJson } from '../../domain/money.ts';
import { accountView } from '../representations.ts';

// The simulation API (interface §6): what a bank, a KYC operator, buyers and time do outside MS.
const simulation = 'simulation' as const;

function clockView(now: Date): { now: string } {
  return { now: now.toISOString().replace('.000Z', 'Z') };
}

export function simulationRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, simulation, 'POST', '/webhook-endpoints', 'registerWebhookEndpoint', ({ context, body }) => {
    const endpoint = { id: mintId(context, 'whe'), url: body.url as string, secret: body.secret as string };
    context.marketplace.webhookEndpoints.push(endpoint);
    // The secret is write-only: never echoed.
    return { status: 201, body: { id: endpoint.id, url: endpoint.url } };
  });

  operation(app, simulation, 'POST', '/sellers/:seller/incoming-transfers', 'simulateIncomingTransfer', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    receiveIncomingTransfer(context, seller, body);
    return {
      status: 202,
      body: { incomingTransferId: mintId(context, 'itr'), merchantSellerId: seller.merchantSellerId, amount: body.amount, currency: body.currency, receivedAt: clockView(context.marketplace.clock.now()).now },
    };
  });

  operation(app, simulation, 'POST', '/sellers/:seller/kyc-review', 'decideKycReview', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    reviewKyc(context, seller, body);
    return { status: 200, body: { merchantSellerId: seller.merchantSellerId, decision: body.decision } };
  });

  operation(app, simulation, 'POST', '/transactions/:transactionId/settlements', 'settleTransaction', ({ context, params, body }) => {
    const transaction = settleTransaction(context, findTransaction(context, params.transactionId!), body.amount);
    return { status: 200, body: { transactionId: transaction.transactionId, paidAmount: amountToJson(transaction.paidAmount), status: paymentStatusOf(transaction) } };
  });

  operation(app, simulation, 'GET', '/clock', 'getClock', ({ context }) => ({ status: 200, body: clockView(context.marketplace.clock.now()) }));

  operation(app, simulation, 'POST', '/clock/advance', 'advanceClock', ({ context, body }) => {
    advanceClock(context, new Date(body.to as string));
    return { status: 200, body: clockView(context.marketplace.clock.now()) };
  });

  operation(app, simulation, 'POST', '/bank-batches', 'runBankBatch', ({ context }) => ({ status: 200, body: { executed: runBankBatch(context) } }));

  operation(app, simulation, 'GET', '/accounts', 'getAccounts', ({ context }) => ({
    status: 200,
    body: { accounts: accountBalances(context.marketplace, context.faults).map(accountView) },
  }));
  done();
}
