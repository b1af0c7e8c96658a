import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SandboxDriver } from './sandboxDriver.ts';

// Orders, transactions, splits, transfers and payouts through the HTTP API (seed §3, interface §4).

test('orders need a KYC-validated seller; ids are unique per marketplace; deletion only without transactions', async () => {
  const driver = await SandboxDriver.start();
  try {
    const early = await driver.call('POST', '/orders', { externalOrderId: 'o-1', amount: 10, currency: 'EUR' });
    assert.equal(early.status, 422);
    assert.equal(early.body.code, 'NO_KYC_VALIDATED_SELLER');
    await driver.validatedSeller();
    const order = await driver.expect(201, 'POST', '/orders', { externalOrderId: 'o-1', amount: 10, currency: 'EUR', externalCustomerId: 'c-1' });
    assert.equal((await driver.call('POST', '/orders', { externalOrderId: 'o-1', amount: 12, currency: 'EUR' })).body.code, 'EXTERNAL_ID_CONFLICT');
    assert.equal((await driver.expect(200, 'PATCH', `/orders/${order.orderId}`, { amount: 11.5 })).amount, 11.5);
    await driver.expect(201, 'POST', '/transactions', { externalOrderId: 'o-1', externalTransactionId: 't-1', type: 'PAYMENT', amount: 10, currency: 'EUR', paymentMethodName: 'CARD' });
    assert.equal((await driver.call('DELETE', `/orders/${order.orderId}`)).body.code, 'ORDER_HAS_TRANSACTIONS');
    const other = await driver.expect(201, 'POST', '/orders', { externalOrderId: 'o-2', amount: 5, currency: 'EUR' });
    assert.equal((await driver.call('DELETE', `/orders/${other.orderId}`)).status, 204);
    assert.equal((await driver.call('GET', `/orders/${other.orderId}`)).status, 404);
  } finally {
    await driver.close();
  }
});

test('transactions: REFUND needs a PAYMENT, unknown orders are created with order.notFound, PATCH dueDate only, settlements capped', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    await driver.validatedSeller();
    const trx = (externalTransactionId: string, type: string, amount: number, extra: object = {}) => ({ externalOrderId: 'ghost', externalTransactionId, type, amount, currency: 'EUR', paymentMethodName: 'CARD', ...extra });
    const refund = await driver.call('POST', '/transactions', trx('r-0', 'REFUND', 5));
    assert.equal(refund.body.code, 'REFUND_BEFORE_PAYMENT');
    const payment = await driver.expect(201, 'POST', '/transactions', trx('p-1', 'PAYMENT', 30, { dueDate: '2099-01-31' }));
    assert.equal(payment.paidAmount, 0);
    const order = await driver.expect(200, 'GET', `/orders/${payment.orderId}`);
    assert.equal(order.amount, null);
    const notFound = (await driver.webhooks()).find((webhook) => webhook.body.type === 'order.notFound')!;
    assert.deepEqual(notFound.body.data, { orderId: payment.orderId, externalOrderId: 'ghost', externalTransactionId: 'p-1' });
    assert.equal((await driver.call('POST', '/transactions', trx('r-1', 'REFUND', 5))).status, 201);
    assert.equal((await driver.call('POST', '/transactions', trx('p-1', 'PAYMENT', 1))).body.code, 'EXTERNAL_ID_CONFLICT');
    assert.equal((await driver.call('PATCH', `/transactions/${payment.transactionId}`, { amount: 40 })).status, 422);
    assert.equal((await driver.expect(200, 'PATCH', `/transactions/${payment.transactionId}`, { dueDate: '2099-02-28' })).dueDate, '2099-02-28');
    const over = await driver.sim('POST', `/transactions/${payment.transactionId}/settlements`, { amount: 30.01 });
    assert.equal(over.body.code, 'SETTLEMENT_EXCEEDS_AMOUNT');
    const settled = await driver.sim('POST', `/transactions/${payment.transactionId}/settlements`, { amount: 10 });
    assert.deepEqual(settled.body, { transactionId: payment.transactionId, paidAmount: 10, status: 'PARTIALLY_PAID' });
    assert.equal((await driver.call('DELETE', `/transactions/${payment.transactionId}`)).body.code, 'TRANSACTION_HAS_CASHED_MONEY');
    const list = await driver.expect(200, 'GET', '/transactions?externalOrderId=ghost');
    assert.deepEqual(list.items.map((item: { externalTransactionId: string }) => item.externalTransactionId), ['r-1', 'p-1']);
    // TRX-UPDATE-ON-DUE-DATE: the clock passes the due date with money missing.
    await driver.sim('POST', '/clock/advance', { to: '2099-03-01T00:00:00Z' });
    const updates = (await driver.webhooks()).filter((webhook) => webhook.body.type === 'transaction.update').map((webhook) => webhook.body.data.reason);
    assert.deepEqual(updates, ['PAID_AMOUNT_UPDATED', 'DUE_DATE_REACHED']);
  } finally {
    await driver.close();
  }
});

test('splits: cumulative ceiling in exact decimals, all or nothing, seller refunds capped, fees within the amount', async () => {
  const driver = await SandboxDriver.start();
  try {
    const { sellerId } = await driver.validatedSeller();
    const { externalOrderId } = await driver.paidOrder(0.3, 0);
    const first = await driver.split(externalOrderId, [{ sellerId, amount: 0.1 }]);
    assert.equal(first.status, 201);
    const second = await driver.split(externalOrderId, [{ sellerId, amount: 0.2, fee: 0.05 }]);
    assert.equal(second.status, 201, 'exactly the ceiling is accepted');
    assert.equal(second.body.splitBalance, 0.3);
    assert.equal(second.body.ceiling, 0.3);
    const over = await driver.split(externalOrderId, [{ sellerId, amount: 0.01 }]);
    assert.equal(over.body.code, 'SPLIT_EXCEEDS_TRANSACTIONS');
    const mixed = await driver.split(externalOrderId, [{ sellerId, amount: 0.1, amountType: 'SELLER_REFUND' }, { sellerId: 'slr_unknown', amount: 0.1 }]);
    assert.equal(mixed.body.code, 'UNKNOWN_SELLER');
    const refundTooMuch = await driver.split(externalOrderId, [{ sellerId, amount: 0.31, amountType: 'SELLER_REFUND' }]);
    assert.equal(refundTooMuch.body.code, 'SPLIT_REFUND_EXCEEDS_SELLER_PAYMENTS');
    const fee = await driver.split(externalOrderId, [{ sellerId, amount: 0.1, amountType: 'SELLER_REFUND', fee: 0.2 }]);
    assert.equal(fee.body.code, 'FEE_EXCEEDS_AMOUNT');
    const unknownOrder = await driver.split('nope', [{ sellerId, amount: 1 }]);
    assert.equal(unknownOrder.body.code, 'UNKNOWN_ORDER');
    // Nothing of the refused requests was applied: the seller holds 0.30 − 0.05 fee, previsional.
    assert.deepEqual(await driver.account('SELLER', sellerId), { available: 0, previsional: 0.25 });
  } finally {
    await driver.close();
  }
});

test('transfers execute after the answer with a funds check; dated ones wait for the clock and can be deleted until then', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    const { sellerId } = await driver.validatedSeller();
    const poor = await driver.expect(201, 'POST', '/transfers', { externalTransferId: 'tr-1', sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 5, currency: 'EUR' });
    assert.equal(poor.status, 'PENDING');
    await driver.webhooks();
    assert.equal((await driver.expect(200, 'GET', `/transfers/${poor.transferId}`)).status, 'CANCELLED');
    const { externalOrderId } = await driver.paidOrder(100, 100);
    await driver.split(externalOrderId, [{ sellerId, amount: 80, fee: 8 }]);
    const rich = await driver.expect(201, 'POST', '/transfers', { externalTransferId: 'tr-2', sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 5, currency: 'EUR' });
    await driver.webhooks();
    assert.equal((await driver.expect(200, 'GET', `/transfers/${rich.transferId}`)).status, 'VALIDATED');
    assert.equal((await driver.call('DELETE', `/transfers/${rich.transferId}`)).body.code, 'TRANSFER_ALREADY_EXECUTED');
    assert.deepEqual(await driver.account('MARKETPLACE'), { available: 3, previsional: 0 });
    const dated = await driver.expect(201, 'POST', '/transfers', { externalTransferId: 'tr-3', sellerId, accountingEntry: 'SELLER_TO_MARKETPLACE', reasonCode: 'FEE', amount: 1, currency: 'EUR', executionDate: '2099-06-01' });
    const later = await driver.expect(201, 'POST', '/transfers', { externalTransferId: 'tr-4', sellerId, accountingEntry: 'SELLER_TO_MARKETPLACE', reasonCode: 'FEE', amount: 2, currency: 'EUR', executionDate: '2099-06-01' });
    assert.equal((await driver.call('DELETE', `/transfers/${later.transferId}`)).status, 204);
    await driver.sim('POST', '/clock/advance', { to: '2099-06-01T00:00:00Z' });
    assert.equal((await driver.expect(200, 'GET', `/transfers/${dated.transferId}`)).status, 'VALIDATED');
    const updates = (await driver.webhooks()).filter((webhook) => webhook.body.type === 'transfer.update').map((webhook) => `${webhook.body.data.externalTransferId}:${webhook.body.data.status}`);
    assert.deepEqual(updates, ['tr-1:CANCELLED', 'tr-2:VALIDATED', 'tr-3:VALIDATED']);
  } finally {
    await driver.close();
  }
});

test('payouts stay PENDING until a bank batch, pay what the funds allow per order, and only PENDING ones can be deleted', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    const { sellerId } = await driver.validatedSeller();
    const paid = await driver.paidOrder(100, 50);
    await driver.split(paid.externalOrderId, [{ sellerId, amount: 100 }]);
    const other = await driver.paidOrder(40, 40);
    await driver.split(other.externalOrderId, [{ sellerId, amount: 30, fee: 3 }]);
    // The seller holds 50 of the first order (half cashed) and 27 of the second.
    assert.deepEqual(await driver.account('SELLER', sellerId), { available: 77, previsional: 50 });
    const partial = await driver.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId: paid.externalOrderId, askedAmount: 60 }] });
    assert.equal(partial.amount, 50, 'askedAmount capped by what the order paid the seller');
    assert.equal(partial.status, 'PENDING');
    const rest = await driver.expect(201, 'POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'Rest' });
    assert.equal(rest.amount, 27, 'without orders: every payable order, the first one already promised');
    const deletable = await driver.expect(201, 'POST', `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 1, currency: 'EUR', reasonLabel: 'Oops' });
    assert.equal((await driver.call('DELETE', `/sellers/${sellerId}/payoutSellerAmount/${deletable.payoutSellerAmountId}`)).status, 204);
    const tooMuch = await driver.expect(201, 'POST', `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 1000, currency: 'EUR', reasonLabel: 'Greedy' });
    const merchant = await driver.expect(201, 'POST', '/payoutMerchants', { amount: 3, currency: 'EUR', reasonLabel: 'Fees' });
    const batch = await driver.sim('POST', '/bank-batches');
    assert.deepEqual(
      batch.body.executed.map((executed: { kind: string; status: string }) => `${executed.kind}:${executed.status}`),
      ['payoutSeller:VALIDATED', 'payoutSeller:VALIDATED', 'payoutSellerAmount:CANCELLED', 'payoutMerchant:VALIDATED'],
    );
    assert.equal((await driver.call('DELETE', `/sellers/${sellerId}/payoutSellers/${partial.payoutSellerId}`)).body.code, 'PAYOUT_ALREADY_EXECUTED');
    assert.equal((await driver.call('DELETE', `/payoutMerchants/${merchant.payoutMerchantId}`)).status, 409);
    assert.equal((await driver.expect(200, 'GET', `/sellers/${sellerId}/payoutSellerAmount/${tooMuch.payoutSellerAmountId}`)).status, 'CANCELLED');
    assert.deepEqual(await driver.account('SELLER', sellerId), { available: 0, previsional: 50 });
    const types = (await driver.webhooks()).filter((webhook) => webhook.body.type.startsWith('payout')).map((webhook) => webhook.body.type);
    assert.deepEqual(types.sort(), ['payoutMerchant.update', 'payoutSeller.update', 'payoutSeller.update', 'payoutSeller.update']);
  } finally {
    await driver.close();
  }
});

test('tenant isolation: another marketplace\'s resources are 404 in a path and 422 in a body', async () => {
  const driver = await SandboxDriver.start();
  try {
    const { merchantSellerId, sellerId } = await driver.validatedSeller('a');
    const { transactionId, externalOrderId, orderId } = await driver.paidOrder(10, 0, 'a');
    await driver.validatedSeller('b');
    assert.equal((await driver.call('GET', `/sellers/${merchantSellerId}`, undefined, 'b')).status, 404);
    assert.equal((await driver.call('GET', `/orders/${orderId}`, undefined, 'b')).status, 404);
    assert.equal((await driver.call('GET', `/transactions/${transactionId}`, undefined, 'b')).status, 404);
    assert.equal((await driver.expect(200, 'GET', '/transactions', undefined, 'b')).items.length, 0);
    const foreign = await driver.call('POST', '/transfers', { externalTransferId: 'x', sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'R', amount: 1, currency: 'EUR' }, 'b');
    assert.equal(foreign.body.code, 'UNKNOWN_SELLER');
    assert.equal((await driver.call('POST', '/orders', { externalOrderId, amount: 3, currency: 'EUR' }, 'b')).status, 201, 'external ids are per marketplace');
    assert.equal((await driver.call('GET', '/sellers/x', undefined, 'reader')).status, 403);
    assert.equal((await driver.call('GET', '/sellers/x', undefined, 'anonymous')).status, 401);
    assert.equal((await driver.call('GET', '/sellers/x', undefined, 'anonymous', { authorization: 'Bearer forged' })).status, 401);
  } finally {
    await driver.close();
  }
});
