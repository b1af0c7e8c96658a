// A finding written as a scenario a QA writer can add to the suite as it is: the suite's own domain
// steps, the journey as explore sent it, then what the reference did about each differing state,
// tagged with the rules that state belongs to; and the evidence of both sides.
import type { Difference } from './divergence.ts';
import { gherkinOf, table } from './journeyActions.ts';
import type { Finding } from './journeyRun.ts';
import { isOnboarding } from './onboardingActions.ts';
import { onboardingAnswerLine, onboardingResourceLines, sellerWebhookLines, voucherLines } from './onboardingAssertions.ts';
import type { CashKind } from '../journeys/cashResources.ts';

const nounOf: Record<CashKind, 'order' | 'transaction' | 'transfer' | 'payout'> = {
  order: 'order',
  transaction: 'transaction',
  transfer: 'transfer',
  payoutMerchant: 'payout',
  payoutSeller: 'payout',
  payoutSellerAmount: 'payout',
};

const requestOf: Record<string, string> = { order: 'order', transaction: 'transaction', split: 'split', transfer: 'transfer', payoutMerchant: 'payout', payoutSeller: 'payout', payoutSellerAmount: 'payout' };
const refusalOf: Record<string, string> = { unprocessable: 'unprocessable', conflict: 'a conflict', notFound: 'not found' };

function assertionsFor(difference: Difference, finding: Finding): string[] {
  const last = finding.steps.at(-1)!;
  const reference = finding.evidence.reference;
  switch (difference.kind) {
    case 'answer': {
      const situations = difference.reference.replace(/^\d+ \(|\)$/g, '').split(' or ');
      const family = isOnboarding(last.action) || last.action.kind === 'voucherOrder' ? onboardingAnswerLine(last.action, situations) : undefined;
      if (family) return [family];
      const request = requestOf[last.action.kind];
      if (situations.includes('created') && request) return [`Then the ${request} is accepted`];
      const refusal = situations.map((situation) => refusalOf[situation]).find(Boolean);
      if (refusal) return [`Then the request is refused as ${refusal}`];
      return [`# the answer differs (reference ${difference.reference}, target ${difference.target}): no step of the suite says it`];
    }
    case 'resource': {
      const name = difference.about!;
      const kind = finding.kinds.get(name)!;
      const fields = reference.resources[name]!;
      if (kind === 'voucherOrder') return last.action.kind === 'voucherOrder' ? voucherLines(difference, last.action, fields) : [];
      if (kind === 'seller' || kind === 'contact' || kind === 'document') return onboardingResourceLines(difference, kind, fields);
      const noun = nounOf[kind];
      if (difference.field === 'found') return [fields.found === 'yes' ? `Then ${noun} "${name}" is still there` : `Then ${noun} "${name}" no longer exists`];
      if (kind === 'transaction') return difference.field === 'paidAmount' ? [`Then transaction "${name}" has cashed ${fields.paidAmount}`] : [`Then transaction "${name}" reads a ${fields.type} of ${fields.amount} EUR`];
      if (kind === 'order') return [`Then order "${name}" reads ${fields.amount} EUR`];
      if (difference.field === 'status') return [fields.status === 'PENDING' ? `Then ${noun} "${name}" is still pending` : `Then ${noun} "${name}" ends ${fields.status}`];
      const paid = kind === 'payoutSellerAmount' ? fields.askedAmount : fields.amount;
      return kind === 'transfer' ? [`Then transfer "${name}" reads ${fields.status}`] : [`Then payout "${name}" pays ${paid} EUR`];
    }
    case 'balance': {
      const sellers = Object.entries(reference.balances).filter(([owner]) => owner.startsWith('seller'));
      const rows = sellers.map(([owner, balance]) => [owner.replace(/^seller "|"$/g, ''), balance.available, balance.previsional]);
      return ['Then the balances are:', ...table(['seller', 'available', 'previsional'], rows), 'And the ledger balances'];
    }
    case 'conservation':
      return ['Then the ledger balances'];
    case 'webhooks': {
      const name = difference.about!;
      const mine = reference.webhooks[name] ?? [];
      const theirs = finding.evidence.target.webhooks[name] ?? [];
      if (finding.kinds.get(name) === 'seller') return sellerWebhookLines(mine, theirs);
      const lines: string[] = [];
      for (const type of new Set([...mine, ...theirs])) {
        const expected = mine.filter((candidate) => candidate === type).length;
        const got = theirs.filter((candidate) => candidate === type).length;
        if (expected === got) continue;
        if (expected === 0) lines.push(`Then no "${type}" webhook has arrived for "${name}"`);
        else if (expected === 1) lines.push(`Then a "${type}" webhook arrives for "${name}" exactly once`);
        else lines.push(`Then a "${type}" webhook arrives for "${name}"`);
      }
      return lines.length > 0 ? lines : [`# the webhooks about "${name}" arrive in another order (reference: ${difference.reference}; target: ${difference.target})`];
    }
  }
}

function scenarioTags(finding: Finding, knownRules: ReadonlySet<string>): string[] {
  const rules = [...new Set(finding.differences.flatMap((difference) => difference.rules))].filter((rule) => knownRules.has(rule)).sort();
  const moves = finding.steps.some((step) => step.action.kind === 'clock' || step.action.kind === 'bankBatch' || step.action.kind === 'payoutMerchant');
  const vouchers = finding.steps.some((step) => step.action.kind === 'voucherOrder');
  return ['@explore', ...rules.map((rule) => `@${rule}`), '@needs-simulation', '@needs-webhooks', ...(vouchers ? ['@needs-vouchers'] : []), ...(moves ? ['@marketplace-wide'] : [])];
}

/** The feature file: one scenario, its steps, then a `Then` per differing state (`And` after the first). */
export function findingFeature(finding: Finding, seed: number, knownRules: ReadonlySet<string>): string {
  const subjects = finding.differences.map((difference) => difference.subject).join('; ');
  const thens = [...new Set(finding.differences.flatMap((difference) => assertionsFor(difference, finding)))];
  let said = false;
  const closing = thens.map((line) => {
    if (!line.startsWith('Then ')) return line;
    const worded = said ? line.replace(/^Then /, 'And ') : line;
    said = true;
    return worded;
  });
  // A scenario describes one voucher order (its tables add up): only the last one is written, the
  // others changed nothing the rest of the journey depends on (interface §7: an order stands alone).
  const lastVoucher = finding.steps.findLast((step) => step.action.kind === 'voucherOrder');
  const written = finding.steps.filter((step) => step.action.kind !== 'voucherOrder' || step === lastVoucher);
  const steps = written.flatMap((step) => gherkinOf(step.action, step.accepted)).map((line, index) => (index > 0 ? line.replace(/^When /, 'And ') : line));
  const body = ['Given a KYC-validated French seller "S1"', 'And a KYC-validated French seller "S2"', ...steps, ...closing];
  return [
    `# Found by mskit explore --seed ${seed}: ${subjects}.`,
    '# Reference: the embedded sandbox in the target\'s declared dialect. Keep this scenario in features/ as it is.',
    'Feature: Found by mskit explore',
    '',
    `  ${scenarioTags(finding, knownRules).join(' ')}`,
    `  Scenario: explore seed ${seed}: ${subjects.slice(0, 150)}`,
    ...body.map((line) => (line.startsWith('  |') ? `      ${line.trimStart()}` : `    ${line}`)),
    '',
  ].join('\n');
}

/** The evidence of both sides, for the finding's JSON file. */
export function findingEvidence(finding: Finding, seed: number): Record<string, unknown> {
  return {
    seed,
    steps: finding.steps.map((step) => ({ action: step.action, referenceAccepted: step.accepted })),
    differences: finding.differences,
    reference: finding.evidence.reference,
    target: finding.evidence.target,
  };
}
