// Is the committed pact what the consumer tests write today? Compared interaction by interaction,
// ignoring what changes without the contract changing: the tool versions in the metadata and the
// order Pact writes interactions in.
import { isDeepStrictEqual } from 'node:util';

interface PactInteraction {
  type?: string;
  description?: string;
  providerStates?: unknown;
  [field: string]: unknown;
}

export interface PactFile {
  consumer?: { name?: string };
  provider?: { name?: string };
  metadata?: { pactSpecification?: { version?: string } };
  interactions?: PactInteraction[];
}

function keyOf(interaction: PactInteraction): string {
  return `${interaction.type ?? ''} "${interaction.description ?? ''}" given ${JSON.stringify(interaction.providerStates ?? [])}`;
}

function byKey(pact: PactFile): Map<string, PactInteraction> {
  return new Map((pact.interactions ?? []).map((interaction) => [keyOf(interaction), interaction]));
}

/** What differs between two pacts, one line each; empty when they describe the same contract. */
export function pactDifferences(committed: PactFile, fresh: PactFile): string[] {
  const differences: string[] = [];
  for (const party of ['consumer', 'provider'] as const) {
    if (committed[party]?.name !== fresh[party]?.name) differences.push(`${party} is "${committed[party]?.name}" instead of "${fresh[party]?.name}"`);
  }
  const committedSpec = committed.metadata?.pactSpecification?.version;
  const freshSpec = fresh.metadata?.pactSpecification?.version;
  if (committedSpec !== freshSpec) differences.push(`pact specification ${committedSpec} instead of ${freshSpec}`);
  const before = byKey(committed);
  const after = byKey(fresh);
  for (const [key, interaction] of after) {
    const old = before.get(key);
    if (!old) differences.push(`missing: ${key}`);
    else if (!isDeepStrictEqual(old, interaction)) differences.push(`changed: ${key}`);
  }
  for (const key of before.keys()) if (!after.has(key)) differences.push(`no longer written: ${key}`);
  return differences;
}
