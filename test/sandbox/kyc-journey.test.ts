import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isValidIBAN } from 'ibantools';
import { SandboxDriver, tinyPdf } from './sandboxDriver.ts';

// Onboarding and KYC through the HTTP API: the rules of seed §2 and interface §3.

test('onboarding in several partial calls keeps every field and computes missingData with dotted paths', async () => {
  const driver = await SandboxDriver.start();
  try {
    const first = await driver.call('PUT', '/sellers/acme', { legalEntityName: 'Acme', address: { countryCode: 'DE', zipCode: '10115' } });
    assert.equal(first.status, 201);
    assert.equal(first.body.dataStatus, 'INCOMPLETE');
    assert.ok(first.body.missingData.includes('address.streetName'));
    assert.ok(!first.body.missingData.includes('address.zipCode'));
    // REG-TIN-NON-FR, REG-REGISTRATION-NUM-NON-FR: a German seller needs TIN and REGISTRATION_NUM, never SIRET.
    assert.deepEqual(first.body.missingData.filter((path: string) => path.startsWith('externalRegistrations')), ['externalRegistrations.VAT', 'externalRegistrations.TIN', 'externalRegistrations.REGISTRATION_NUM']);
    const second = await driver.call('PUT', '/sellers/acme', { email: 'a@acme.de', address: { streetName: 'Unter den Linden' }, dataStatus: 'VALIDATED' });
    assert.equal(second.status, 200);
    assert.equal(second.body.sellerId, first.body.sellerId);
    assert.equal(second.body.legalEntityName, 'Acme');
    assert.deepEqual(second.body.address, { countryCode: 'DE', zipCode: '10115', streetName: 'Unter den Linden' });
    // ERR-SERVER-OWNED-FIELDS: a client's dataStatus is ignored.
    assert.equal(second.body.dataStatus, 'INCOMPLETE');
    const read = await driver.call('GET', '/sellers/acme');
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, second.body);
  } finally {
    await driver.close();
  }
});

test('malformed values are 422 naming the field: SIREN, IBAN mod-97, unknown currency, beneficiary over 100', async () => {
  const driver = await SandboxDriver.start();
  try {
    const siren = await driver.call('PUT', '/sellers/s', { externalRegistrations: [{ code: 'SIRET', value: '123456789', date: '2020-01-01' }] });
    assert.equal(siren.status, 422);
    assert.equal(siren.contentType, 'application/problem+json; charset=utf-8');
    assert.deepEqual(siren.body.errors.map((error: { field: string }) => error.field), ['externalRegistrations.0.value']);
    const iban = await driver.call('PUT', '/sellers/s', { bankingInformation: { iban: 'FR7630006000011234567890188' } });
    assert.equal(iban.status, 422);
    assert.equal(iban.body.errors[0].field, 'bankingInformation.iban');
    const currency = await driver.call('PUT', '/sellers/s', { legalEntityCapitalizationCurrency: 'XYZ' });
    assert.equal(currency.status, 422);
    assert.equal(currency.body.code, 'VALIDATION_FAILED');
    assert.equal((await driver.call('GET', '/sellers/s')).status, 404, 'nothing was stored');
    await driver.expect(201, 'PUT', '/sellers/s', { legalEntityName: 'S' });
    await driver.expect(201, 'POST', '/sellers/s/contacts', { effectiveBeneficiary: 70 });
    const over = await driver.call('POST', '/sellers/s/contacts', { effectiveBeneficiary: 30.5 });
    assert.equal(over.status, 422);
    assert.equal(over.body.code, 'EFFECTIVE_BENEFICIARY_OVER_100');
    assert.equal((await driver.call('GET', '/sellers/s')).body.contacts.length, 1);
  } finally {
    await driver.close();
  }
});

test('documents: REGISTERED, never returned, 405 on update, 413 above 10 MiB, refused ones do not count', async () => {
  const driver = await SandboxDriver.start();
  try {
    const { merchantSellerId, documentId } = await driver.completeSeller();
    const view = await driver.call('GET', `/sellers/${merchantSellerId}`);
    assert.equal(view.body.documents[0].status, 'REGISTERED');
    assert.ok(!JSON.stringify(view.body).includes('fileContent'));
    assert.equal(view.body.documentListStatus, 'COMPLETE');
    assert.equal((await driver.call('PATCH', `/sellers/${merchantSellerId}/documents/${documentId}`, { name: 'x.pdf' })).status, 405);
    assert.equal((await driver.call('PUT', `/sellers/${merchantSellerId}/documents/${documentId}`, { name: 'x.pdf' })).status, 405);
    const tooLarge = await driver.call('POST', `/sellers/${merchantSellerId}/documents`, { name: 'big.pdf', type: 'FISCAL_STATEMENT', fileContent: 'A'.repeat(Math.ceil((10 * 1024 * 1024 + 3) / 3) * 4) });
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.body.code, 'DOCUMENT_TOO_LARGE');
    const badName = await driver.call('POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.docx', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf });
    assert.equal(badName.status, 422);
    assert.equal(badName.body.errors[0].field, 'name');
    const notBase64 = await driver.call('POST', `/sellers/${merchantSellerId}/documents`, { name: 'kbis.pdf', type: 'COMPANY_REGISTRATION', fileContent: 'not base64!' });
    assert.equal(notBase64.status, 422);
    assert.equal(notBase64.body.errors[0].field, 'fileContent');
  } finally {
    await driver.close();
  }
});

test('assess-kyc lists every blocker, locks everything during review, and the journey ends validated', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    await driver.expect(201, 'PUT', '/sellers/bare', { legalEntityName: 'Bare' });
    const refused = await driver.call('POST', '/sellers/bare/_assess-kyc');
    assert.equal(refused.status, 422);
    assert.equal(refused.body.code, 'KYC_PRECONDITIONS_NOT_MET');
    const fields = refused.body.errors.map((error: { field: string }) => error.field);
    for (const expected of ['email', 'documents', 'contacts', 'externalRegistrations.VAT']) assert.ok(fields.includes(expected), `${expected} listed in ${fields}`);

    const seller = await driver.completeSeller();
    const { merchantSellerId } = seller;
    const assessed = await driver.call('POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    assert.equal(assessed.status, 202);
    assert.equal(assessed.body.dataStatus, 'PENDING_VALIDATION');
    assert.equal(assessed.body.contacts[0].documentListStatus, 'PENDING_VALIDATION');
    assert.equal(assessed.body.documents[0].status, 'PENDING_VALIDATION');
    assert.ok(isValidIBAN(assessed.body.identityVerification.virtualIban.iban));
    // LCK-*: every change is 409, reads work, a second assess is 409.
    for (const [method, url, body] of [
      ['PUT', `/sellers/${merchantSellerId}`, { email: 'x@y.fr' }],
      ['POST', `/sellers/${merchantSellerId}/contacts`, { firstName: 'Eve' }],
      ['PATCH', `/sellers/${merchantSellerId}/contacts/${seller.contactId}`, { firstName: 'Eve' }],
      ['DELETE', `/sellers/${merchantSellerId}/documents/${seller.documentId}`, undefined],
      ['POST', `/sellers/${merchantSellerId}/_assess-kyc`, undefined],
    ] as const) {
      const answer = await driver.call(method, url, body);
      assert.equal(answer.status, 409, `${method} ${url}`);
      assert.equal(answer.body.code, 'KYC_REVIEW_IN_PROGRESS');
    }
    assert.equal((await driver.call('GET', `/sellers/${merchantSellerId}`)).status, 200);
    // No review before the 1 € transfer; too small or foreign transfers start nothing.
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 409);
    assert.equal((await driver.oneEuro(merchantSellerId, 'a', { amount: 0.99 })).status, 202);
    assert.equal((await driver.oneEuro(merchantSellerId, 'a', { debtorIban: 'DE89370400440532013000' })).status, 202);
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 409);
    await driver.oneEuro(merchantSellerId);
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 200);
    const validated = (await driver.call('GET', `/sellers/${merchantSellerId}`)).body;
    assert.equal(validated.dataStatus, 'VALIDATED');
    assert.equal(validated.contacts[0].documents[0].status, 'VALIDATED');
    const sequence = (await driver.webhooks()).filter((webhook) => webhook.body.data.merchantSellerId === merchantSellerId).map((webhook) => webhook.body.type);
    assert.deepEqual(sequence, ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED']);
  } finally {
    await driver.close();
  }
});

test('a refusal reopens the refused parts with their comment; resubmission goes to review without a new 1 € and no second IBAN webhook', async () => {
  const driver = await SandboxDriver.start({ receiver: true });
  try {
    const seller = await driver.completeSeller();
    const { merchantSellerId } = seller;
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    await driver.oneEuro(merchantSellerId);
    const decision = {
      decision: 'REFUSED',
      refuse: {
        sellerData: { comment: 'Address does not match the registration.' },
        contacts: [{ contactId: seller.contactId, comment: 'Birth date missing.' }],
        documents: [{ documentId: seller.contactDocumentId, comment: 'Blurred.' }],
      },
    };
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, decision)).status, 200);
    const view = (await driver.call('GET', `/sellers/${merchantSellerId}`)).body;
    assert.equal(view.dataStatus, 'INCOMPLETE');
    assert.equal(view.kycReviewComment, 'Address does not match the registration.');
    assert.equal(view.contacts[0].dataStatus, 'INCOMPLETE');
    assert.equal(view.contacts[0].documents[0].status, 'REFUSED');
    assert.equal(view.contacts[0].documents[0].kycReviewComment, 'Blurred.');
    assert.equal(view.contacts[0].documentListStatus, 'INCOMPLETE', 'a refused document does not count');
    // RFS-ACCEPTED-PARTS-VALIDATED: what the review did not refuse is VALIDATED.
    assert.equal(view.documents[0].status, 'VALIDATED');
    assert.equal(view.documentListStatus, 'VALIDATED');
    assert.equal((await driver.call('POST', `/sellers/${merchantSellerId}/_assess-kyc`)).status, 422, 'refused parts must change first');
    await driver.expect(200, 'PUT', `/sellers/${merchantSellerId}`, { address: { streetNumber: '14' } });
    await driver.expect(200, 'PATCH', `/sellers/${merchantSellerId}/contacts/${seller.contactId}`, { birthDate: '1985-04-13' });
    await driver.expect(201, 'POST', `/sellers/${merchantSellerId}/contacts/${seller.contactId}/documents`, { name: 'passport.jpg', type: 'PASSPORT', fileContent: tinyPdf });
    const again = await driver.call('POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    assert.equal(again.status, 202);
    assert.equal(again.body.dataStatus, 'PENDING_VALIDATION');
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 200, 'no new 1 € needed');
    const types = (await driver.webhooks()).filter((webhook) => webhook.body.data.merchantSellerId === merchantSellerId).map((webhook) => webhook.body.type);
    assert.deepEqual(types, ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS', 'MP_KYC_REFUSED', 'MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED']);
    const refusedEvent = (await driver.webhooks()).find((webhook) => webhook.body.type === 'MP_KYC_REFUSED')!;
    assert.equal(refusedEvent.body.data.kycReviewComments.documents[0].contactId, seller.contactId);
  } finally {
    await driver.close();
  }
});

test('a transfer before any assessment starts nothing, and the later assessment waits for its own', async () => {
  const driver = await SandboxDriver.start();
  try {
    const { merchantSellerId } = await driver.completeSeller();
    await driver.oneEuro(merchantSellerId);
    await driver.expect(202, 'POST', `/sellers/${merchantSellerId}/_assess-kyc`);
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 409);
    await driver.oneEuro(merchantSellerId);
    assert.equal((await driver.sim('POST', `/sellers/${merchantSellerId}/kyc-review`, { decision: 'VALIDATED' })).status, 200);
  } finally {
    await driver.close();
  }
});
