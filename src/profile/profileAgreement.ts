// A profile states how an implementation answers where the documents leave a choice open; it
// cannot contradict what they do fix (interface §2, §8): a success is a 2xx and a refusal a 4xx,
// an exception names an operation of the contracts, a list envelope a list operation, and an
// assumption one of the alternatives the rule catalogue names.
import { join } from 'node:path';
import { contractNames, loadContract } from '../contract/index.ts';
import { contractsDir } from '../kitPaths.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { assumptionProblems } from '../report/ruleVariance.ts';
import type { Profile, Situation } from './profile.ts';

const successes = new Set<string>(['created', 'upserted', 'read', 'updated', 'deleted', 'kycAccepted']);
/** Situations where either answer is legal: a server-owned field may be ignored (2xx) or refused (4xx). */
const eitherWay = new Set<string>(['serverOwnedField']);

function statusProblem(key: string, situation: string, status: number): string | undefined {
  if (eitherWay.has(situation)) return status >= 200 && status < 500 && !(status >= 300 && status < 400) ? undefined : `${key} must be a 2xx or a 4xx status (got ${status})`;
  if (successes.has(situation)) return status >= 200 && status < 300 ? undefined : `${key} is a success: it must be a 2xx status (got ${status})`;
  return status >= 400 && status < 500 ? undefined : `${key} is a refusal: it must be a 4xx status (got ${status})`;
}

async function contractOperations(): Promise<{ all: Set<string>; lists: Set<string> }> {
  const all = new Set<string>();
  const lists = new Set<string>();
  for (const name of contractNames) {
    const contract = await loadContract(name);
    for (const operation of contract.operations()) {
      all.add(operation.operationId);
      if (contract.isListOperation(operation.operationId)) lists.add(operation.operationId);
    }
  }
  return { all, lists };
}

/** The first way `profile` contradicts the normative contract or the catalogue, as one line; undefined when it agrees. */
export async function profileDisagreement(profile: Profile): Promise<string | undefined> {
  for (const [situation, status] of Object.entries(profile.statuses)) {
    const problem = statusProblem(`statuses.${situation}`, situation, status);
    if (problem) return problem;
  }
  for (const [situation, statuses] of Object.entries(profile.acceptedStatuses)) {
    for (const status of statuses ?? []) {
      const problem = statusProblem(`acceptedStatuses.${situation}`, situation, status);
      if (problem) return problem;
    }
  }
  const operations = await contractOperations();
  for (const [operationId, overrides] of Object.entries(profile.operationStatuses)) {
    if (!operations.all.has(operationId)) return `operationStatuses.${operationId}: no operation of the contracts has this operationId`;
    for (const [situation, status] of Object.entries(overrides) as [Situation, number][]) {
      const problem = statusProblem(`operationStatuses.${operationId}.${situation}`, situation, status);
      if (problem) return problem;
    }
  }
  for (const operationId of Object.keys(profile.lists)) {
    if (!operations.lists.has(operationId)) return `lists.${operationId}: not a list operation of the contracts (list operations: ${[...operations.lists].join(', ')})`;
  }
  const pointers = Object.entries(profile.webhooks.envelope);
  const clash = pointers.find(([, pointer], index) => pointers.findIndex(([, other]) => other === pointer) !== index);
  if (clash) return `webhooks.envelope.${clash[0]}: ${clash[1]} is also where another envelope member is`;
  const { rules } = await loadRuleCatalogue(join(contractsDir, 'rules.yaml'));
  return assumptionProblems(rules, profile.assumptions)[0];
}
