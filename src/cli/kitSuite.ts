// The kit's own suite: the features and steps of this repository, configured by its cucumber.js.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../kitPaths.ts';
import { openCucumberSession, type CucumberSession } from './cucumberSession.ts';

export function openKitSuite(): Promise<CucumberSession> {
  const configFile = join(repoRoot, 'cucumber.js');
  if (!existsSync(configFile)) throw new Error(`the kit's cucumber.js is missing in ${repoRoot}: the installation is incomplete`);
  // cucumber resolves the file against its cwd: a relative name, not an absolute path.
  return openCucumberSession({ cwd: repoRoot, configFile: 'cucumber.js', profiles: ['default'] });
}
