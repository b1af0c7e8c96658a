import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseDialects, dialects, UnknownDialectError } from '../../mocks/sandbox/dialects.ts';
import { dialectProfile, writeDialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { createSandbox } from '../../mocks/sandbox/index.ts';
import { contractNames, loadContract, type Contract } from '../../src/contract/index.ts';
import { readPointer } from '../../src/client/index.ts';
import { webhookDataSchema, withNullOptionals } from '../../mocks/sandbox/http/shaping/nullOptionals.ts';
import { contractStatusFor, listItems, loadProfile, type Profile } from '../../src/profile/index.ts';
import { repoRoot } from '../../src/kitPaths.ts';
import { startSandboxTarget } from '../../src/targets/sandboxTarget.ts';
import { SandboxDriver, frenchSeller, tenantClients, tinyPdf } from './sandboxDriver.ts';
import { dialectProbes, tiedVoucherOrder } from './dialectProbes.ts';
import { driveEveryOperation } from './contractDrive.ts';

// Dialects are legal variations: each one really changes what the sandbox answers, its profile
// declares it, and dialects combine with each other and with the fault switches.

/** The spec's table (variance-spec, issue 8), in its order. */
const specified = [
  'extra-fields',
  'null-optionals',
  'lists-named',
  'lists-bare',
  'lists-unfiltered',
  'bracket-field-paths',
  'pointer-field-paths',
  'other-error-codes',
  'problem-type-uris',
  'uuid-ids',
  'created-200',
  'webhook-envelope',
  'virtual-iban-country',
  'simulation-empty-bodies',
  'order-currency-defaulted',
  'registration-date-optional',
  'resubmission-keeps-validated',
  'debtor-not-compared',
  'tie-highest-contract',
];

/** The merged profile of `names`, loaded, its temporary file removed. */
async function loadedDialectProfile(names: string[]): Promise<Profile> {
  const path = await writeDialectProfile(names);
  try {
    return await loadProfile(path);
  } finally {
    await rm(dirname(path), { recursive: true, force: true });
  }
}

/** What each dialect's profile must declare, read from the loaded (merged over the default) profile. */
const declarations: Record<string, (profile: Profile) => unknown> = {
  'other-error-codes': (profile) => profile.errors.codes,
  'created-200': (profile) => [profile.statuses.created, profile.operationStatuses.upsertSeller],
  'webhook-envelope': (profile) => profile.webhooks.envelope,
  'registration-date-optional': (profile) => profile.assumptions,
  'resubmission-keeps-validated': (profile) => profile.assumptions,
  'debtor-not-compared': (profile) => profile.assumptions,
  'tie-highest-contract': (profile) => profile.assumptions,
};

const declared: Record<string, unknown> = {
  'other-error-codes': {
    malformedBody: ['ERR_BODY_NOT_JSON', 'ERR_BODY_NOT_AN_OBJECT'],
    validationFailed: ['ERR_FIELD_MISSING', 'ERR_FIELD_INVALID'],
    notFound: ['ERR_NOT_FOUND'],
    kycReviewInProgress: ['ERR_SELLER_UNDER_REVIEW'],
    splitExceedsTransactions: ['ERR_SPLIT_OVER_CEILING'],
  },
  'created-200': [200, { created: 201 }],
  'webhook-envelope': { id: '/eventId', type: '/eventType', createdAt: '/occurredAt', data: '/payload' },
  'registration-date-optional': { 'REG-DATE-REQUIRED': 'registration-date-optional' },
  'resubmission-keeps-validated': { 'RES-VALIDATED-REVIEWED-AGAIN': 'resubmission-keeps-validated' },
  'debtor-not-compared': { 'IBAN-TRANSFER-FROM-SELLER-ACCOUNT': 'debtor-not-compared' },
  'tie-highest-contract': { 'VOU-TIE-LOWEST-CONTRACT-WINS': 'tie-highest-contract-number' },
};

test("the dialects are the spec's nineteen, each with its basis; the ones needing a declaration name their profile", () => {
  assert.deepEqual(
    dialects.map((dialect) => dialect.name),
    specified,
  );
  for (const dialect of dialects) assert.ok(dialect.description.length > 0 && dialect.basis.length > 0, dialect.name);
  const withProfile = dialects.filter((dialect) => 'profile' in dialect);
  assert.deepEqual(
    withProfile.map((dialect) => dialect.name),
    Object.keys(declarations),
  );
  for (const dialect of withProfile) assert.equal(dialect.profile, `contracts/profiles/dialects/${dialect.name}.yaml`);
});

test('every dialect profile loads with loadProfile and declares its dialect', async () => {
  for (const dialect of dialects) {
    if (!('profile' in dialect)) continue;
    const profile = await loadProfile(join(repoRoot, dialect.profile));
    assert.deepEqual(declarations[dialect.name]!(profile), declared[dialect.name], dialect.name);
  }
});

test("the merged profile of several dialects holds each one's declarations and loads", async () => {
  assert.deepEqual(dialectProfile([]), {});
  assert.deepEqual(dialectProfile(['extra-fields', 'lists-bare']), {});
  assert.deepEqual(dialectProfile(['created-200', 'tie-highest-contract', 'debtor-not-compared']), {
    statuses: { created: 200 },
    operationStatuses: { upsertSeller: { created: 201 } },
    assumptions: { 'VOU-TIE-LOWEST-CONTRACT-WINS': 'tie-highest-contract-number', 'IBAN-TRANSFER-FROM-SELLER-ACCOUNT': 'debtor-not-compared' },
  });
  const profile = await loadedDialectProfile(['all']);
  const assumptionDialects = ['registration-date-optional', 'resubmission-keeps-validated', 'debtor-not-compared', 'tie-highest-contract'];
  assert.deepEqual(profile.assumptions, Object.assign({}, ...assumptionDialects.map((name) => declared[name])));
  for (const name of Object.keys(declarations).filter((name) => !assumptionDialects.includes(name))) assert.deepEqual(declarations[name]!(profile), declared[name], name);
});

test('an unknown dialect is refused in one line saying how to list them; "all" is every dialect', () => {
  assert.throws(() => chooseDialects(['lists-bare', 'no-such-dialect']), (error: unknown) => {
    assert.ok(error instanceof UnknownDialectError);
    assert.equal(error.message, 'unknown dialect "no-such-dialect": list the valid ones with "npm run sandbox -- --list-dialects"');
    return true;
  });
  assert.deepEqual(chooseDialects(['all']).names, specified);
  assert.deepEqual(chooseDialects(['tie-highest-contract', 'extra-fields', 'extra-fields']).names, ['extra-fields', 'tie-highest-contract']);
});

test('every dialect has one probe', () => {
  assert.deepEqual(
    dialectProbes.map((probe) => probe.dialect),
    specified,
  );
});

test('each dialect really changes the answer: the probe shows the clean answer without it and its own with it', async (t) => {
  // One clean sandbox serves every probe, each on marketplaces of its own; each dialect gets its own sandbox.
  const clean = createSandbox({ clients: tenantClients(dialectProbes.length), webhooks: { timeoutMs: 1000, backoffMs: 5, maxAttempts: 4 } });
  t.after(() => clean.close());
  for (const [index, { dialect, probe, receiver, clean: expectedClean, withDialect }] of dialectProbes.entries()) {
    await t.test(dialect, async () => {
      const plain = await SandboxDriver.on(clean, index, { receiver });
      const speaking = await SandboxDriver.start({ receiver, dialects: [dialect] });
      try {
        assert.deepEqual(await probe(plain), expectedClean, 'the clean sandbox answers as the reference');
        assert.deepEqual(await probe(speaking), withDialect, `${dialect} answers its own way`);
      } finally {
        await plain.close();
        await speaking.close();
      }
    });
  }
});

test('other-error-codes answers the codes its profile declares, in each declared situation', async () => {
  const profile = await loadProfile(join(repoRoot, 'contracts/profiles/dialects/other-error-codes.yaml'));
  const driver = await SandboxDriver.start({ dialects: ['other-error-codes'] });
  try {
    const seller = await driver.validatedSeller();
    await driver.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
    const locked = await driver.call('PUT', `/sellers/${seller.merchantSellerId}`, { email: 'late@x.fr' });
    const order = await driver.paidOrder(10, 10);
    const overCeiling = await driver.split(order.externalOrderId, [{ sellerId: seller.sellerId, amount: 11 }]);
    const seen = {
      malformedBody: [(await driver.call('POST', '/orders', 'nope')).body.code, (await driver.call('POST', '/orders', '42')).body.code],
      validationFailed: [(await driver.call('POST', '/orders', { amount: 1 })).body.code, (await driver.call('POST', '/orders', { externalOrderId: 'x', amount: 0 })).body.code],
      notFound: [(await driver.call('GET', '/orders/unknown')).body.code],
      kycReviewInProgress: [locked.body.code],
      splitExceedsTransactions: [overCeiling.body.code],
    };
    assert.deepEqual(seen, profile.errors.codes);
  } finally {
    await driver.close();
  }
});

test('null-optionals fills optional members only: never a required one, never one whose presence selects a oneOf alternative', async () => {
  const ms = await loadContract('marketplace-services');
  const payout = { payoutSellerId: 'pos_1', sellerId: 'slr_1', status: 'VALIDATED' };
  assert.deepEqual(withNullOptionals(ms, webhookDataSchema(ms, 'payoutSeller.update'), payout), payout, 'payoutSellerAmountId stays absent: a null would make the data match both alternatives');
  const transaction = { transactionId: 't', externalTransactionId: 'et', externalOrderId: 'eo', amount: 10, paidAmount: 4, reason: 'PAID_AMOUNT_UPDATED' };
  assert.deepEqual(withNullOptionals(ms, webhookDataSchema(ms, 'transaction.update'), transaction), { ...transaction, dueDate: null }, 'status is required: left missing');
});

test('dialects combine with each other and with fault switches: every dialect and two faults on one sandbox', async () => {
  const driver = await SandboxDriver.start({ receiver: true, dialects: ['all'], faults: ['siren-accepted', 'webhook-new-id-on-retry'] });
  try {
    // Fault siren-accepted: a SIREN passes as a SIRET (the clean sandbox refuses it with 422).
    const siren = await driver.call('PUT', `/sellers/${driver.id('s')}`, { externalRegistrations: [{ code: 'SIRET', value: '732829320', date: '2020-01-15' }] });
    assert.equal(siren.status, 201);

    // Fault webhook-new-id-on-retry under webhook-envelope: a retried delivery carries a new eventId.
    driver.receiver!.fail(1, 500, (body) => body.eventType === 'MP_IBAN_AVAILABLE_FOR_PAYMENT');
    const seller = await driver.completeSeller();
    const view = await driver.expect(202, 'POST', `/sellers/${seller.merchantSellerId}/_assess-kyc`);
    const ibanDeliveries = (await driver.webhooks()).filter((webhook) => webhook.body.eventType === 'MP_IBAN_AVAILABLE_FOR_PAYMENT').map((webhook) => webhook.body);
    assert.equal(ibanDeliveries.length, 2);
    assert.notEqual(ibanDeliveries[0].eventId, ibanDeliveries[1].eventId);
    // webhook-envelope, extra-fields and virtual-iban-country on one webhook.
    assert.deepEqual(Object.keys(ibanDeliveries[1]).sort(), ['_meta', 'eventId', 'eventType', 'occurredAt', 'payload', 'revision']);
    assert.equal(ibanDeliveries[1].payload.virtualIban.iban.slice(0, 2), 'BE');
    assert.equal(ibanDeliveries[1].payload.revision, 1);

    // uuid-ids, extra-fields, null-optionals, created-200 on the MS answers.
    assert.match(seller.sellerId, /^[0-9a-f-]{36}$/);
    assert.equal(view.revision, 1);
    assert.equal(view.contacts[0].kycReviewComment, null);
    assert.equal((await driver.call('POST', `/sellers/${seller.merchantSellerId}/contacts`, { firstName: 'Late' })).body.code, 'ERR_SELLER_UNDER_REVIEW');

    // debtor-not-compared: a 1 € transfer from another account starts the review.
    await driver.oneEuro(seller.merchantSellerId, 'a', { debtorIban: 'DE89370400440532013000' });
    const review = await driver.sim('POST', `/sellers/${seller.merchantSellerId}/kyc-review`, { decision: 'VALIDATED' });
    assert.deepEqual([review.status, review.body], [200, undefined], 'simulation-empty-bodies');

    // order-currency-defaulted with null-optionals and extra-fields.
    const order = await driver.expect(200, 'POST', '/orders', { externalOrderId: 'o-1', amount: 30 });
    assert.deepEqual([order.currency, order.externalCustomerId, order.revision], ['EUR', null, 1]);
    const payment = await driver.expect(200, 'POST', '/transactions', { externalOrderId: 'o-1', externalTransactionId: 't-1', type: 'PAYMENT', amount: 30, currency: 'EUR', paymentMethodName: 'CARD' });
    await driver.expect(200, 'POST', '/transactions', { externalOrderId: 'o-2', externalTransactionId: 't-2', type: 'PAYMENT', amount: 5, currency: 'EUR', paymentMethodName: 'CARD' });

    // Both field-path dialects: request validation writes JSON pointers, the rules brackets; codes and types are the dialects'.
    const invalid = (await driver.call('POST', '/orderSplit', { externalOrderId: 'o-1', currency: 'EUR', splits: [{ sellerId: seller.sellerId, amount: 1, amountType: 'SELLER_PAYMENT', fee: 'x', feeType: 'SELLER_TO_MARKETPLACE', model: '3P' }] })).body;
    assert.deepEqual([invalid.code, invalid.errors.map((error: any) => error.field), invalid.type], ['ERR_FIELD_INVALID', ['/splits/0/fee'], 'urn:ms-sandbox:problem:err-field-invalid']);
    const feeOver = (await driver.split('o-1', [{ sellerId: seller.sellerId, amount: 5, fee: 6 }])).body;
    assert.deepEqual([feeOver.code, feeOver.errors.map((error: any) => error.field)], ['ERR_FEE_EXCEEDS_AMOUNT', ['splits[0].fee']]);

    // Both list dialects: marketplace-wide lists named, seller lists bare; lists-unfiltered ignores the filter.
    const transactions = await driver.expect(200, 'GET', '/transactions?externalOrderId=o-1');
    assert.deepEqual([Object.keys(transactions).sort(), transactions.count], [['_meta', 'count', 'revision', 'transactions'], 2]);
    assert.ok(Array.isArray(await driver.expect(200, 'GET', `/sellers/${seller.sellerId}/payoutSellers`)));

    // tie-highest-contract on the voucher API, with the seed's order shape (no amount, no currency).
    const vouchers = await driver.expect(200, 'POST', '/vouchers/marketplace/orders', tiedVoucherOrder);
    assert.deepEqual([vouchers.selectedSellers[0].contract_number, vouchers.amount, vouchers.currency ?? null], ['2', 2000, null], 'the items total, no currency invented');

    // A settlement's webhook: the dialects' envelope, null-optionals in its data.
    await driver.sim('POST', `/transactions/${payment.transactionId}/settlements`, { amount: 10 });
    const update = (await driver.webhooks()).find((webhook) => webhook.body.eventType === 'transaction.update')!.body;
    assert.deepEqual([update.payload.dueDate, update.payload.paidAmount], [null, 10]);
  } finally {
    await driver.close();
  }
});

test('with every dialect on, every answer and webhook conforms to the normative contracts, read through the merged profile', async () => {
  const profile = await loadedDialectProfile(['all']);
  const defaults = await loadProfile();
  const [ms, simulation, vouchers] = await Promise.all(contractNames.map((name) => loadContract(name, { view: 'normative', moneyDecimals: profile.money.decimals })));
  const contractFor = (url: string): [Contract, string] =>
    url.startsWith('/simulation/') ? [simulation!, url.slice('/simulation'.length)] : url.startsWith('/vouchers/') ? [vouchers!, url.slice('/vouchers'.length)] : [ms!, url];
  const violations: string[] = [];
  const driver = await SandboxDriver.start({ receiver: true, dialects: ['all'] });
  driver.observers.push((method, url, answer) => {
    const [contract, path] = contractFor(url);
    const match = contract.matchOperation(method, path);
    if (!match) return;
    // The profile says how the dialects' statuses and lists read in the contract's terms.
    const status = contractStatusFor(profile, defaults, match.operationId, answer.status, contract.declaredStatuses(match.operationId));
    for (const violation of contract.validateResponse(match.operationId, status, answer.contentType, answer.body, (operationId, body) => listItems(profile, operationId, body))) {
      violations.push(`${method} ${url} → ${answer.status}: ${violation.pointer || '(body)'} ${violation.message} (${violation.rule})`);
    }
  });
  try {
    await driveEveryOperation(driver);
    const { envelope } = profile.webhooks;
    const webhooks = await driver.webhooks();
    for (const { body } of webhooks) {
      const canonical = { id: readPointer(body, envelope.id), type: readPointer(body, envelope.type), createdAt: readPointer(body, envelope.createdAt), data: readPointer(body, envelope.data) };
      for (const violation of ms!.validateWebhook(String(canonical.type), canonical)) violations.push(`webhook ${String(canonical.type)}: ${violation.pointer} ${violation.message} (${violation.rule})`);
    }
    assert.deepEqual(violations, []);
    assert.deepEqual([...new Set(webhooks.map(({ body }) => readPointer(body, envelope.type)))].sort(), [...ms!.webhookTypes()].sort(), 'every webhook type was sent');
  } finally {
    await driver.close();
  }
});

test('the sandbox target passes its dialects to the sandbox and names them in its description', async () => {
  const target = await startSandboxTarget({ origin: 'test', target: { kind: 'sandbox', faults: [], dialects: ['uuid-ids', 'lists-bare'] }, requestTimeoutMs: 5000 });
  try {
    assert.match(target.description, /\(no faults; dialects: lists-bare, uuid-ids\)$/);
    const token = await fetch(target.urls.tokenUrl!, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials&client_id=marketplace-a&client_secret=sandbox-secret-a' });
    const { access_token: accessToken } = (await token.json()) as { access_token: string };
    const answer = await fetch(`${target.urls.apiBaseUrl}/sellers/from-target`, { method: 'PUT', headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' }, body: JSON.stringify(frenchSeller) });
    assert.match(((await answer.json()) as { sellerId: string }).sellerId, /^[0-9a-f-]{36}$/);
  } finally {
    await target.stop();
  }
});

const cli = fileURLToPath(new URL('../../mocks/sandbox/cli.ts', import.meta.url));

function run(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return Object.assign(child, { output: () => ({ stdout, stderr }) });
}

async function finished(child: ReturnType<typeof run>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const [code] = await once(child, 'exit');
  return { code: code as number | null, ...child.output() };
}

test('--list-dialects lists the nineteen dialects with the profile to pass; --dialect starts them and prints their profile', async () => {
  const starting = run(['--port', '0', '--dialect', 'created-200', '--dialect', 'tie-highest-contract']);
  const [listed, unknown] = await Promise.all([finished(run(['--list-dialects'])), finished(run(['--dialect', 'no-such-dialect']))]);
  assert.equal(listed.code, 0);
  const lines = listed.stdout.trim().split('\n');
  assert.deepEqual(
    lines.map((line) => line.split(/\s+/)[0]),
    specified,
  );
  assert.match(lines.find((line) => line.startsWith('created-200'))!, /contracts\/profiles\/dialects\/created-200\.yaml/);
  assert.match(lines.find((line) => line.startsWith('lists-bare'))!, /^lists-bare\s+-\s+list answers are bare arrays$/);
  assert.equal(unknown.code, 1);
  assert.equal(unknown.stderr.trim(), 'sandbox: unknown dialect "no-such-dialect": list the valid ones with "npm run sandbox -- --list-dialects"');

  while (!starting.output().stdout.includes('Ctrl-C')) await once(starting.stdout, 'data');
  const { stdout } = starting.output();
  assert.match(stdout, /dialects on: created-200, tie-highest-contract/);
  const profilePath = /expectation profile for them: (\S+)/.exec(stdout)![1]!;
  assert.match(await readFile(profilePath, 'utf8'), /tie-highest-contract-number/);
  assert.equal((await loadProfile(profilePath)).statuses.created, 200);
  await rm(dirname(profilePath), { recursive: true, force: true });
  starting.kill('SIGINT');
  assert.equal((await finished(starting)).code, 0);
});

test("a fault's own answer is shaped by the dialects too", async () => {
  // The clean sandbox refuses a document update (405); the fault allows it, and the dialects shape its answer.
  const driver = await SandboxDriver.start({ faults: ['document-update-allowed'], dialects: ['extra-fields'] });
  try {
    const { merchantSellerId, documentId } = await driver.completeSeller();
    const answer = await driver.call('PUT', `/sellers/${merchantSellerId}/documents/${documentId}`, { name: 'x.pdf' });
    assert.deepEqual([answer.status, answer.body.revision], [200, 1]);
    assert.equal((await driver.call('POST', `/sellers/${merchantSellerId}/documents`, { name: 'x.pdf', type: 'COMPANY_REGISTRATION', fileContent: tinyPdf })).status, 201);
  } finally {
    await driver.close();
  }
});
