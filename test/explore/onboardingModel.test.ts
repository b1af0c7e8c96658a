// Unit tests of how explore draws onboarding operations: the seed's path from nothing to a decision,
// a resubmission after a refusal, and the stage read from the reference's statuses and webhooks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { onboardingGherkin } from '../../src/explore/onboardingActions.ts';
import { table } from '../../src/explore/journeyActions.ts';
import { acceptOnboarding, onboardingAction, stageOf, type OnboardingState } from '../../src/explore/onboardingModel.ts';

const next = (state: OnboardingState | undefined, pick = 1) => onboardingAction({ move: 'next', pick }, state, 'FR');

test('the stage follows the KYC webhooks, then the seller view', () => {
  assert.equal(stageOf('COMPLETE', []), 'open');
  assert.equal(stageOf('PENDING_VALIDATION', ['MP_IBAN_AVAILABLE_FOR_PAYMENT']), 'assessed');
  assert.equal(stageOf('PENDING_VALIDATION', ['MP_IBAN_AVAILABLE_FOR_PAYMENT', 'MP_KYC_IN_PROGRESS']), 'review');
  assert.equal(stageOf('INCOMPLETE', ['MP_KYC_IN_PROGRESS', 'MP_KYC_REFUSED']), 'refused');
  assert.equal(stageOf('PENDING_VALIDATION', ['MP_KYC_IN_PROGRESS', 'MP_KYC_REFUSED', 'MP_KYC_IN_PROGRESS']), 'review');
  assert.equal(stageOf('VALIDATED', ['MP_KYC_IN_PROGRESS', 'MP_KYC_VALIDATED']), 'validated');
});

test('next takes the seed path: seller, contact, documents, assessment, 1 €, decision', () => {
  assert.deepEqual(next(undefined), { kind: 'sellerCreate', country: 'FR' });
  let state = acceptOnboarding(undefined, { kind: 'sellerCreate', country: 'FR' })!;
  state.seller = { dataStatus: 'COMPLETE', documentListStatus: 'INCOMPLETE' };
  assert.deepEqual(next(state), { kind: 'contactAdd', contact: 'C1', share: 60 });
  state = acceptOnboarding(state, { kind: 'contactAdd', contact: 'C1', share: 60 })!;
  state.contacts[0]!.state = { dataStatus: 'COMPLETE', documentListStatus: 'INCOMPLETE' };
  assert.deepEqual(next(state), { kind: 'documentUpload', party: 'seller', type: 'COMPANY_REGISTRATION' });
  state.seller.documentListStatus = 'COMPLETE';
  assert.deepEqual(next(state, 0), { kind: 'documentUpload', party: 'C1', type: 'IDENTITY_CARD' });
  state.contacts[0]!.state.documentListStatus = 'COMPLETE';
  assert.deepEqual(next(state), { kind: 'assessKyc' });
  state.stage = 'assessed';
  assert.deepEqual(next(state), { kind: 'incomingTransfer', cents: 100, fromSellerAccount: true });
  state.stage = 'review';
  assert.deepEqual(next(state, 1), { kind: 'kycDecision', decision: 'VALIDATED', awaited: true });
  assert.deepEqual(next(state, 0), { kind: 'kycDecision', decision: 'REFUSED', awaited: true, parts: [{ of: 'sellerData' }] });
  state.stage = 'validated';
  assert.equal(next(state), undefined);
});

test('after a refusal, next reopens what was refused before assessing again', () => {
  const state: OnboardingState = {
    country: 'FR',
    stage: 'refused',
    seller: { dataStatus: 'INCOMPLETE', documentListStatus: 'COMPLETE' },
    contacts: [{ name: 'C1', except: 'email', state: { dataStatus: 'INCOMPLETE', documentListStatus: 'COMPLETE' } }],
    documents: [],
  };
  assert.deepEqual(next(state), { kind: 'partyChange', party: 'seller', field: 'phoneNumber', value: '+33122334455' });
  state.seller.dataStatus = 'COMPLETE';
  assert.deepEqual(next(state), { kind: 'partyChange', party: 'C1', field: 'email', value: 'camille.martin@seller.example' });
  state.contacts[0]!.state.dataStatus = 'COMPLETE';
  assert.deepEqual(next(state), { kind: 'assessKyc' });
});

test('each onboarding operation is said with the steps of the suite', () => {
  assert.deepEqual(onboardingGherkin({ kind: 'documentUpload', party: 'C1', type: 'IDENTITY_CARD' }, table), ['When the contact "C1" uploads an IDENTITY_CARD']);
  assert.deepEqual(onboardingGherkin({ kind: 'incomingTransfer', cents: 99, fromSellerAccount: true }, table), ["When a transfer of 0.99 EUR from the seller's account reaches the seller's virtual IBAN"]);
  assert.deepEqual(onboardingGherkin({ kind: 'kycDecision', decision: 'VALIDATED', awaited: false }, table), ["When the KYC operator tries to validate the seller's KYC"]);
  assert.deepEqual(onboardingGherkin({ kind: 'kycDecision', decision: 'REFUSED', awaited: true, parts: [{ of: 'sellerData' }] }, table), [
    "When the KYC operator refuses the seller's KYC:",
    '  | part              | comment                           |',
    "  | the seller's data | explore refuses the seller's data |",
  ]);
});
