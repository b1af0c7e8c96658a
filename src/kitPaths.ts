// Where the kit's own files live, resolved from this file so that commands work from any cwd.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));
export const contractsDir = join(repoRoot, 'contracts');
export const featuresDir = join(repoRoot, 'features');
export const defaultReportsDir = join(repoRoot, 'reports');
/**
 * What the kit keeps between runs: the compiled kit, validators, parsed YAML, worker bundles. Inside
 * the kit's node_modules, so that compiled code finds the packages it imports.
 */
export const cacheDir = join(repoRoot, 'node_modules', '.cache', 'mskit');
