// Writes the sign-off package into the reports folder: signoff.json, signoff.html, then the
// manifest last, so that the manifest seals everything the run produced.
import { readFile, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { contractsDir, repoRoot } from '../kitPaths.ts';
import { digestInput } from './fileDigest.ts';
import { writeManifest, type Manifest } from './manifest.ts';
import type { SignoffInputs, SignoffReport } from './signoff.ts';
import { renderSignoffHtml } from './signoffHtml.ts';

export const contractFiles = ['marketplace-services.openapi.yaml', 'simulation.openapi.yaml', 'vouchers.openapi.yaml'];
export const defaultCataloguePath = join(contractsDir, 'rules.yaml');
export const defaultProfilePath = join(contractsDir, 'profiles', 'default.yaml');

/** Paths inside the kit are shown relative to it: the report should not reveal a home directory. */
function shown(path: string): string {
  const inside = relative(repoRoot, resolve(path));
  return inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

export async function inputDigests(paths: { catalogue?: string; profile?: string; deviations?: string }): Promise<SignoffInputs['digests']> {
  const digest = async (path: string) => ({ ...(await digestInput(path)), path: shown(path) });
  return {
    contracts: await Promise.all(contractFiles.map((file) => digest(join(contractsDir, file)))),
    catalogue: await digest(paths.catalogue ?? defaultCataloguePath),
    profile: await digest(paths.profile ?? defaultProfilePath),
    deviations: paths.deviations ? await digest(paths.deviations) : null,
  };
}

export async function kitIdentity(): Promise<{ name: string; version: string }> {
  const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
}

export async function writeSignoffPackage(reportsDir: string, report: SignoffReport): Promise<Manifest> {
  await writeFile(join(reportsDir, 'signoff.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(join(reportsDir, 'signoff.html'), renderSignoffHtml(report));
  return writeManifest(reportsDir, report.runId);
}
