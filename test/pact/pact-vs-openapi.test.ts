import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadContract } from '../../src/contract/index.ts';
import { committedPactFile } from '../../src/pact/pactParties.ts';
import { httpFindings, messageFindings, optionalRequirements } from '../../src/pact/pactVsOpenapi.ts';

type Interaction = Record<string, any>;

const committed = JSON.parse(readFileSync(committedPactFile, 'utf8')) as { interactions: Interaction[] };

/** The committed pact's header around one interaction: comparing only it keeps the test fast. */
function pactOf(interaction: Interaction) {
  return { ...committed, interactions: [interaction] };
}

function interactionNamed(description: string): Interaction {
  const found = committed.interactions.find((interaction) => interaction.description === description);
  assert.ok(found, `the committed pact has no interaction "${description}"`);
  return structuredClone(found);
}

test('every HTTP interaction of the committed pact is allowed by the MS OpenAPI contract', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  const findings = await httpFindings(committed, contract.document);
  assert.deepEqual(findings, []);
});

test('every webhook message of the committed pact conforms to the webhooks of the MS contract', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  assert.equal(committed.interactions.filter((interaction) => interaction.type === 'Asynchronous/Messages').length, 10);
  assert.deepEqual(messageFindings(committed, contract), []);
});

test('an interaction answering what the contract does not allow is named', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  const wrong = interactionNamed('reading an executed transfer gives its final status');
  wrong.description = 'a deliberately wrong transfer read';
  wrong.response.body.content.status = 'SHIPPED';
  const findings = await httpFindings(pactOf(wrong), contract.document);
  assert.ok(findings.length > 0, 'the comparator found nothing');
  assert.ok(findings.every((finding) => finding.interaction === 'a deliberately wrong transfer read'), JSON.stringify(findings));
  assert.deepEqual(await httpFindings(pactOf(interactionNamed('reading an executed transfer gives its final status')), contract.document), []);
  assert.match(findings[0].problem, /response\.body\.incompatible/);
});

test('a request the contract has no operation for is named', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  const wrong = interactionNamed('deleting a seller document');
  wrong.description = 'a deliberately wrong document update';
  wrong.request.method = 'PUT';
  const findings = await httpFindings(pactOf(wrong), contract.document);
  assert.deepEqual(findings.map((finding) => finding.interaction), ['a deliberately wrong document update']);
  assert.match(findings[0].problem, /request\.path-or-method\.unknown/);
});

test('a webhook message the contract does not allow is named', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  const wrong = interactionNamed('a transfer.update webhook with the final status of a transfer');
  wrong.description = 'a deliberately wrong transfer webhook';
  wrong.contents.content.data.status = 'DONE';
  const findings = messageFindings(pactOf(wrong), contract);
  assert.deepEqual(findings.map((finding) => finding.interaction), ['a deliberately wrong transfer webhook']);
  assert.match(findings[0].problem, /transfer\.update at \/data\/status/);
});

// What a document requires in an interaction's situation, though the schema, valid in every
// situation, leaves it optional.
const requiredInSituation = {
  // Interface §3: a seller's answer is its whole view, "the stored fields" included; the seller fills
  // its form "without loosing any data" (seed §2.2). Seed §2.5: after MP_IBAN_AVAILABLE_FOR_PAYMENT
  // "the IBAN will be available on the seller endpoint".
  upsertSeller: ['$.legalEntityName', '$.address', '$.bankingInformation', '$.email', '$.phoneNumber'],
  getSeller: ['$.legalEntityName', '$.contacts[*].firstName', '$.contacts[*].lastName', '$.identityVerification'],
  // Interface §3: an `_assess-kyc` refused is "422 listing what blocks it".
  assessKyc: ['$.errors'],
};

test('the pact requires no member the normative contract leaves optional, but what a document requires in its situation', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  assert.deepEqual(optionalRequirements(committed, contract, requiredInSituation), []);
});

test('a pact requiring an optional member is named, unless a key rule covers its object', async () => {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  const wrong = interactionNamed('reading an executed transfer gives its final status');
  wrong.response.body.content.createdAt = '2026-11-23T10:00:00Z';
  assert.deepEqual(optionalRequirements(pactOf(wrong), contract), [{ interaction: wrong.description, problem: '$.createdAt is optional in the contract' }]);
  const covered = interactionNamed("reading a seller never gives back a document's content");
  covered.response.body.content.documents[0].kycReviewComment = 'unreadable';
  assert.deepEqual(optionalRequirements(pactOf(covered), contract), []);
  const message = interactionNamed('a transfer.update webhook with the final status of a transfer');
  message.contents.content.data.sellerId = 'sel_1';
  assert.deepEqual(optionalRequirements(pactOf(message), contract), [{ interaction: message.description, problem: '$.data.sellerId is optional in the contract' }]);
});
