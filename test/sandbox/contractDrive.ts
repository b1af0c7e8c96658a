// Drives an in-process sandbox through every operation of the three contracts, error answers
// included, and makes it send every webhook type: what the conformance tests then check, against
// the reference view (the clean sandbox) or the normative one (the sandbox speaking dialects).
import { contractNames, loadContract } from '../../src/contract/index.ts';
import { SandboxDriver, contact, tinyPdf } from './sandboxDriver.ts';

const prefixes = { 'marketplace-services': '', simulation: '/simulation', vouchers: '/vouchers' } as const;

function concretePath(template: string): string {
  return template.replace(/\{[^}]+\}/g, 'unknown-id');
}

export async function driveEveryOperation(driver: SandboxDriver): Promise<void> {
  const call = driver.call.bind(driver);
  const sim = driver.sim.bind(driver);

  // Onboarding, with its error answers.
  await call('PUT', '/sellers/partial', { legalEntityName: 'Partial' });
  await call('PUT', '/sellers/partial', { email: 'p@partial.fr' });
  await call('PUT', '/sellers/partial', 'not json');
  await call('PUT', '/sellers/partial', { bankingInformation: { iban: 'FR00' } });
  await call('POST', '/sellers/partial/_assess-kyc');
  await call('GET', '/sellers/nobody');
  await call('POST', '/sellers/nobody/contacts', contact);
  await call('POST', '/sellers/partial/contacts', { effectiveBeneficiary: 101 });
  await call('POST', '/sellers/partial/contacts', '[]');
  const seller = await driver.completeSeller();
  const { merchantSellerId: m, contactId } = seller;
  await call('PATCH', `/sellers/${m}/contacts/${contactId}`, { firstName: 'Claire' });
  await call('PATCH', `/sellers/${m}/contacts/unknown`, { firstName: 'Claire' });
  await call('PATCH', `/sellers/${m}/contacts/${contactId}`, { effectiveBeneficiary: -1 });
  await call('PATCH', `/sellers/${m}/contacts/${contactId}`, 'oops');
  const spare = await call('POST', `/sellers/${m}/contacts`, { firstName: 'Spare', effectiveBeneficiary: 10 });
  const spareDoc = await call('POST', `/sellers/${m}/contacts/${spare.body.contactId}/documents`, { name: 'p.pdf', type: 'PASSPORT', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/contacts/${spare.body.contactId}/documents`, { name: 'p.exe', type: 'PASSPORT', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/contacts/unknown/documents`, { name: 'p.pdf', type: 'PASSPORT', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/contacts/${spare.body.contactId}/documents`, 'x');
  await call('DELETE', `/sellers/${m}/contacts/${spare.body.contactId}/documents/${spareDoc.body.documentId}`);
  await call('DELETE', `/sellers/${m}/contacts/${spare.body.contactId}/documents/unknown`);
  await call('DELETE', `/sellers/${m}/contacts/${spare.body.contactId}`);
  await call('DELETE', `/sellers/${m}/contacts/unknown`);
  const extraDoc = await call('POST', `/sellers/${m}/documents`, { name: 'statuts.pdf', type: 'ARTICLES_OF_ASSOCIATION', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/documents`, { name: 'big.pdf', type: 'FISCAL_STATEMENT', fileContent: 'A'.repeat(Math.ceil((10 * 1024 * 1024 + 3) / 3) * 4) });
  await call('POST', `/sellers/${m}/documents`, { name: 'x.pdf', type: 'IDENTITY_CARD', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/documents`, '1');
  await call('POST', `/sellers/nobody/documents`, { name: 'x.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
  await call('DELETE', `/sellers/${m}/documents/${extraDoc.body.documentId}`);
  await call('DELETE', `/sellers/${m}/documents/unknown`);
  await call('POST', `/sellers/nobody/_assess-kyc`);
  await call('POST', `/sellers/${m}/_assess-kyc`);
  // Locked: every change is 409.
  await call('PUT', `/sellers/${m}`, { email: 'locked@x.fr' });
  await call('POST', `/sellers/${m}/contacts`, { firstName: 'Late' });
  await call('PATCH', `/sellers/${m}/contacts/${contactId}`, { firstName: 'Late' });
  await call('DELETE', `/sellers/${m}/contacts/${contactId}`);
  await call('POST', `/sellers/${m}/documents`, { name: 'late.pdf', type: 'BANK_DETAILS', fileContent: tinyPdf });
  await call('DELETE', `/sellers/${m}/documents/${seller.documentId}`);
  await call('POST', `/sellers/${m}/contacts/${contactId}/documents`, { name: 'late.pdf', type: 'PASSPORT', fileContent: tinyPdf });
  await call('DELETE', `/sellers/${m}/contacts/${contactId}/documents/${seller.contactDocumentId}`);
  await call('POST', `/sellers/${m}/_assess-kyc`);
  await call('GET', `/sellers/${m}`);

  // Simulation: incoming transfer, review (with its errors).
  await sim('POST', '/webhook-endpoints', { url: driver.receiver!.url, secret: driver.webhookSecret }, 'b');
  await sim('POST', '/webhook-endpoints', { url: 'ftp://nope', secret: 'short' });
  await sim('POST', '/webhook-endpoints', 'nope');
  await sim('POST', `/sellers/${m}/kyc-review`, { decision: 'VALIDATED' });
  await sim('POST', `/sellers/nobody/incoming-transfers`, { amount: 1, currency: 'EUR', debtorName: 'X', debtorIban: 'FR7630006000011234567890189' });
  await sim('POST', `/sellers/${m}/incoming-transfers`, { amount: -1, currency: 'EUR', debtorName: 'X', debtorIban: 'FR7630006000011234567890189' });
  await sim('POST', `/sellers/${m}/incoming-transfers`, '[');
  await driver.oneEuro(m);
  await sim('POST', `/sellers/${m}/kyc-review`, { decision: 'REFUSED', refuse: { contacts: [{ contactId: 'ctc_unknown', comment: 'who?' }] } });
  await sim('POST', `/sellers/nobody/kyc-review`, { decision: 'VALIDATED' });
  await sim('POST', `/sellers/${m}/kyc-review`, { decision: 'MAYBE' });
  await sim('POST', `/sellers/${m}/kyc-review`, 'null');
  await sim('POST', `/sellers/${m}/kyc-review`, { decision: 'REFUSED', comment: 'Fix the address.', refuse: { sellerData: { comment: 'Wrong address.' }, documents: [{ documentId: seller.documentId, comment: 'Old extract.' }] } });
  await call('PUT', `/sellers/${m}`, { address: { streetNumber: '99' } });
  await call('POST', `/sellers/${m}/documents`, { name: 'kbis-2026.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
  await call('POST', `/sellers/${m}/_assess-kyc`);
  await sim('POST', `/sellers/${m}/kyc-review`, { decision: 'VALIDATED' });
  const { sellerId } = (await call('GET', `/sellers/${m}`)).body;

  // Orders and transactions.
  const order = await call('POST', '/orders', { externalOrderId: 'ord-1', amount: 120.5, currency: 'EUR', externalCustomerId: 'cust-1' });
  await call('POST', '/orders', { externalOrderId: 'ord-1', amount: 1, currency: 'EUR' });
  await call('POST', '/orders', { externalOrderId: 'ord-2', amount: 0, currency: 'EUR' });
  await call('POST', '/orders', '');
  await call('GET', `/orders/${order.body.orderId}`);
  await call('GET', '/orders/unknown');
  await call('PATCH', `/orders/${order.body.orderId}`, { amount: 130 });
  await call('PATCH', `/orders/${order.body.orderId}`, { amount: 1.234 });
  await call('PATCH', '/orders/unknown', { amount: 1 });
  await call('PATCH', `/orders/${order.body.orderId}`, 'x');
  const payment = await call('POST', '/transactions', { externalOrderId: 'ord-1', externalTransactionId: 'trx-1', type: 'PAYMENT', amount: 120.5, currency: 'EUR', paymentMethodName: 'CARD', dueDate: '2099-01-01' });
  await call('POST', '/transactions', { externalOrderId: 'ord-1', externalTransactionId: 'trx-1', type: 'PAYMENT', amount: 1, currency: 'EUR', paymentMethodName: 'CARD' });
  await call('POST', '/transactions', { externalOrderId: 'ord-9', externalTransactionId: 'trx-9', type: 'REFUND', amount: 1, currency: 'EUR', paymentMethodName: 'CARD' });
  await call('POST', '/transactions', 'x');
  const ghost = await call('POST', '/transactions', { externalOrderId: 'ord-ghost', externalTransactionId: 'trx-ghost', type: 'PAYMENT', amount: 9.99, currency: 'EUR', paymentMethodName: 'SCT' });
  await call('GET', '/transactions');
  await call('GET', '/transactions?externalOrderId=ord-1');
  await call('GET', `/transactions/${payment.body.transactionId}`);
  await call('GET', '/transactions/unknown');
  await call('PATCH', `/transactions/${payment.body.transactionId}`, { dueDate: '2099-02-01' });
  await call('PATCH', `/transactions/${payment.body.transactionId}`, { amount: 3 });
  await call('PATCH', '/transactions/unknown', { dueDate: '2099-02-01' });
  await call('PATCH', `/transactions/${payment.body.transactionId}`, '"x"');
  await call('DELETE', `/transactions/${ghost.body.transactionId}`);
  await call('DELETE', '/transactions/unknown');
  await call('DELETE', `/orders/${order.body.orderId}`);
  await call('DELETE', '/orders/unknown');
  const spareOrder = await call('POST', '/orders', { externalOrderId: 'ord-spare', amount: 5, currency: 'EUR' });
  await call('DELETE', `/orders/${spareOrder.body.orderId}`);
  await sim('POST', `/transactions/${payment.body.transactionId}/settlements`, { amount: 100.5 });
  await sim('POST', `/transactions/${payment.body.transactionId}/settlements`, { amount: 100 });
  await sim('POST', '/transactions/unknown/settlements', { amount: 1 });
  await sim('POST', `/transactions/${payment.body.transactionId}/settlements`, 'x');
  await call('DELETE', `/transactions/${payment.body.transactionId}`);

  // Splits, transfers, payouts.
  await call('POST', '/orderSplit', { externalOrderId: 'ord-1', currency: 'EUR', splits: [{ sellerId, amount: 100, amountType: 'SELLER_PAYMENT', fee: 10, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] });
  await call('POST', '/orderSplit', { externalOrderId: 'ord-1', currency: 'EUR', splits: [{ sellerId, amount: 100, amountType: 'SELLER_PAYMENT', fee: 0, feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] });
  await call('POST', '/orderSplit', 'x');
  const transfer = await call('POST', '/transfers', { externalTransferId: 'tr-1', sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 2, currency: 'EUR' });
  const dated = await call('POST', '/transfers', { externalTransferId: 'tr-2', sellerId, accountingEntry: 'SELLER_TO_MARKETPLACE', reasonCode: 'FEE', amount: 1, currency: 'EUR', executionDate: '2099-12-31' });
  await call('POST', '/transfers', { externalTransferId: 'tr-1', sellerId, accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 2, currency: 'EUR' });
  await call('POST', '/transfers', { externalTransferId: 'tr-3', sellerId: 'nobody', accountingEntry: 'MARKETPLACE_TO_SELLER', reasonCode: 'BONUS', amount: 2, currency: 'EUR' });
  await call('POST', '/transfers', 'x');
  await driver.webhooks();
  await call('GET', '/transfers');
  await call('GET', `/transfers?sellerId=${sellerId}`);
  await call('GET', `/transfers/${transfer.body.transferId}`);
  await call('GET', '/transfers/unknown');
  await call('DELETE', `/transfers/${transfer.body.transferId}`);
  await call('DELETE', `/transfers/${dated.body.transferId}`);
  await call('DELETE', '/transfers/unknown');
  const merchantPayout = await call('POST', '/payoutMerchants', { amount: 5, currency: 'EUR', reasonLabel: 'Fees' });
  const spareMerchantPayout = await call('POST', '/payoutMerchants', { amount: 1, currency: 'EUR', reasonLabel: 'Spare', executionDate: '2099-12-31' });
  await call('POST', '/payoutMerchants', { amount: -5, currency: 'EUR', reasonLabel: 'Fees' });
  await call('POST', '/payoutMerchants', 'x');
  await call('DELETE', `/payoutMerchants/${spareMerchantPayout.body.payoutMerchantId}`);
  const payoutSeller = await call('POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId: 'ord-1', askedAmount: 50 }], transfers: ['tr-1'] });
  await call('POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'June', orders: [{ externalOrderId: 'nope' }] });
  await call('POST', '/sellers/unknown/payoutSellers', { reasonLabel: 'June' });
  await call('POST', `/sellers/${sellerId}/payoutSellers`, 'x');
  const sparePayoutSeller = await call('POST', `/sellers/${sellerId}/payoutSellers`, { reasonLabel: 'Spare' });
  await call('DELETE', `/sellers/${sellerId}/payoutSellers/${sparePayoutSeller.body.payoutSellerId}`);
  const payoutAmount = await call('POST', `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 10, currency: 'EUR', reasonLabel: 'Advance' });
  await call('POST', `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 0, currency: 'EUR', reasonLabel: 'Advance' });
  await call('POST', '/sellers/unknown/payoutSellerAmount', { askedAmount: 1, currency: 'EUR', reasonLabel: 'Advance' });
  await call('POST', `/sellers/${sellerId}/payoutSellerAmount`, 'x');
  const sparePayoutAmount = await call('POST', `/sellers/${sellerId}/payoutSellerAmount`, { askedAmount: 1, currency: 'EUR', reasonLabel: 'Spare' });
  await call('DELETE', `/sellers/${sellerId}/payoutSellerAmount/${sparePayoutAmount.body.payoutSellerAmountId}`);
  await sim('POST', '/bank-batches');
  await call('GET', '/payoutMerchants');
  await call('GET', `/payoutMerchants/${merchantPayout.body.payoutMerchantId}`);
  await call('GET', '/payoutMerchants/unknown');
  await call('DELETE', `/payoutMerchants/${merchantPayout.body.payoutMerchantId}`);
  await call('DELETE', '/payoutMerchants/unknown');
  await call('GET', `/sellers/${sellerId}/payoutSellers`);
  await call('GET', '/sellers/unknown/payoutSellers');
  await call('GET', `/sellers/${sellerId}/payoutSellers/${payoutSeller.body.payoutSellerId}`);
  await call('GET', `/sellers/${sellerId}/payoutSellers/unknown`);
  await call('DELETE', `/sellers/${sellerId}/payoutSellers/${payoutSeller.body.payoutSellerId}`);
  await call('DELETE', `/sellers/${sellerId}/payoutSellers/unknown`);
  await call('GET', `/sellers/${sellerId}/payoutSellerAmount`);
  await call('GET', '/sellers/unknown/payoutSellerAmount');
  await call('GET', `/sellers/${sellerId}/payoutSellerAmount/${payoutAmount.body.payoutSellerAmountId}`);
  await call('GET', `/sellers/${sellerId}/payoutSellerAmount/unknown`);
  await call('DELETE', `/sellers/${sellerId}/payoutSellerAmount/${payoutAmount.body.payoutSellerAmountId}`);
  await call('DELETE', `/sellers/${sellerId}/payoutSellerAmount/unknown`);

  // Clock, ledger; the due date passes.
  await sim('GET', '/clock');
  await sim('POST', '/clock/advance', { to: '2100-01-01T00:00:00Z' });
  await sim('POST', '/clock/advance', { to: '2000-01-01T00:00:00Z' });
  await sim('POST', '/clock/advance', { to: 'tomorrow' });
  await sim('POST', '/clock/advance', 'x');
  await sim('GET', '/accounts');

  // Vouchers.
  const voucherOrder = {
    amount: 8000,
    currency: 'EUR',
    items: [
      { external_ref: 'seller1', ref: 'Article 1', amount: 2000, voucher: [{ contract_type: 'CONECS', eligible_amount: 900 }, { contract_type: 'CVCONNECT' }] },
      { external_ref: 'seller2', reference: 'Article 2', amount: 6000, voucher: [{ contract_type: 'CONECS', eligible_amount: 1900 }] },
    ],
    contracts: [
      { external_ref: 'seller1', contract_type: 'CONECS', contract_number: '1' },
      { external_ref: 'seller1', contract_type: 'CVCONNECT', contract_number: '2' },
      { external_ref: 'seller2', contract_type: 'CONECS', contract_number: '3' },
    ],
  };
  await call('POST', '/vouchers/marketplace/orders', voucherOrder);
  await call('POST', '/vouchers/marketplace/orders', { ...voucherOrder, contracts: [] });
  await call('POST', '/vouchers/marketplace/orders', { ...voucherOrder, contracts: [...voucherOrder.contracts, { external_ref: 'seller2', contract_type: 'CONECS', contract_number: '4' }] });
  await call('POST', '/vouchers/marketplace/orders', { amount: -1 });
  await call('POST', '/vouchers/marketplace/orders', 'x');

  // 401 and 403 on every operation of every contract.
  for (const name of contractNames) {
    for (const operation of (await loadContract(name)).operations()) {
      const path = `${prefixes[name]}${concretePath(operation.pathTemplate)}`;
      await call(operation.method.toUpperCase(), path, undefined, 'anonymous');
      await call(operation.method.toUpperCase(), path, undefined, 'reader');
    }
  }
}
