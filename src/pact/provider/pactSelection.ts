// Which interactions of a pact the target can be verified on. A provider state needing the
// simulation API, or a webhook message needing the kit's receiver, cannot be set up on a target
// without them: those interactions are left out of the verification and reported as not verified,
// never as passed. The verifiable rest is written to a scratch pact file for Pact's verifier.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Capabilities, CapabilityName } from '../../targets/index.ts';
import { providerStateNamed } from '../providerStates.ts';

interface PactInteraction {
  type?: string;
  description?: string;
  providerStates?: { name?: string }[];
}

interface PactDocument {
  interactions?: PactInteraction[];
  [field: string]: unknown;
}

export interface NotVerified {
  description: string;
  missing: CapabilityName[];
}

export interface PactSelection {
  file: string;
  verifiable: string[];
  notVerified: NotVerified[];
}

const messageNeeds: readonly CapabilityName[] = ['webhooks', 'simulation'];

function needsOf(interaction: PactInteraction): CapabilityName[] {
  const fromStates = (interaction.providerStates ?? []).flatMap((state) => providerStateNamed(state.name ?? '')?.needs ?? []);
  const fromKind = interaction.type === 'Asynchronous/Messages' ? messageNeeds : [];
  return [...new Set([...fromStates, ...fromKind])];
}

export class PactFileError extends Error {
  override name = 'PactFileError';
}

export function readPact(path: string): PactDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new PactFileError(`pact file ${path} cannot be read: check --pact (or run npm run pact:consumer)`);
  }
  try {
    const pact = JSON.parse(text) as PactDocument;
    if (!Array.isArray(pact.interactions)) throw new Error('no interactions');
    return pact;
  } catch {
    throw new PactFileError(`pact file ${path} is not a pact (JSON with "interactions"): check --pact`);
  }
}

/** The provider state each interaction is given in, by description (to explain a failed state). */
export function stateNamesOf(pact: PactDocument): Map<string, string | undefined> {
  return new Map((pact.interactions ?? []).map((interaction) => [interaction.description ?? '', interaction.providerStates?.[0]?.name]));
}

/** `only`: the descriptions to keep (all when absent); one the pact does not have is a mistake worth a line. */
export function selectVerifiable(pactPath: string, capabilities: Capabilities, scratchDir: string, only?: readonly string[]): PactSelection {
  const pact = readPact(pactPath);
  const interactions = pact.interactions ?? [];
  const unknown = (only ?? []).filter((description) => !interactions.some((interaction) => interaction.description === description));
  if (unknown.length > 0) throw new PactFileError(`the pact has no interaction "${unknown[0]}": check --only (descriptions are in ${pactPath})`);
  const verifiable: PactInteraction[] = [];
  const notVerified: NotVerified[] = [];
  for (const interaction of interactions) {
    const description = interaction.description ?? '(unnamed interaction)';
    if (only && !only.includes(description)) continue;
    const missing = needsOf(interaction).filter((need) => !capabilities[need]);
    if (missing.length > 0) notVerified.push({ description, missing });
    else verifiable.push(interaction);
  }
  const file = join(scratchDir, 'verifiable-pact.json');
  writeFileSync(file, JSON.stringify({ ...pact, interactions: verifiable }, null, 2));
  return { file, verifiable: verifiable.map((interaction) => interaction.description ?? ''), notVerified };
}
