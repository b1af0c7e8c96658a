// The digests of every input a sign-off depends on, so an approver can tell later exactly what was
// checked: contracts, catalogue, profile (the file and as merged), deviations, features and steps.
import { isAbsolute, join, relative, resolve } from 'node:path';
import { contractsDir, featuresDir, repoRoot } from '../kitPaths.ts';
import { loadProfile } from '../profile/index.ts';
import { digestInput, sha256Of } from './fileDigest.ts';
import { canonicalJson, treeDigest } from './provenance.ts';
import type { SignoffInputs } from './signoff.ts';

export const contractFiles = ['marketplace-services.openapi.yaml', 'simulation.openapi.yaml', 'vouchers.openapi.yaml'];
export const defaultCataloguePath = join(contractsDir, 'rules.yaml');
export const defaultProfilePath = join(contractsDir, 'profiles', 'default.yaml');

/** Paths inside the kit are shown relative to it; outside it, only the file's name: no machine path. */
function shown(path: string): string {
  const inside = relative(repoRoot, resolve(path));
  return inside.startsWith('..') || isAbsolute(inside) ? path.split(/[\\/]/).at(-1) ?? path : inside;
}

export async function inputDigests(paths: { catalogue?: string; profile?: string; deviations?: string }): Promise<SignoffInputs['digests']> {
  const digest = async (path: string) => ({ ...(await digestInput(path)), path: shown(path) });
  return {
    contracts: await Promise.all(contractFiles.map((file) => digest(join(contractsDir, file)))),
    catalogue: await digest(paths.catalogue ?? defaultCataloguePath),
    profile: await digest(paths.profile ?? defaultProfilePath),
    profileMerged: { sha256: sha256Of(canonicalJson(await loadProfile(paths.profile))) },
    deviations: paths.deviations ? await digest(paths.deviations) : null,
    features: await treeDigest(featuresDir, 'features'),
    steps: await treeDigest(join(repoRoot, 'steps'), 'steps'),
  };
}
