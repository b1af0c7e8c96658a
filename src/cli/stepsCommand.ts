// `mskit steps [--markdown]`: the step catalogue on the console, or written to docs/steps.md.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../kitPaths.ts';
import { openKitSuite } from './kitSuite.ts';
import { buildStepCatalogue, formatStepCatalogue, stepCatalogueMarkdown } from './stepCatalogue.ts';

export const stepsDocPath = join(repoRoot, 'docs', 'steps.md');

export async function stepsCommand(options: { markdown?: boolean }, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const catalogue = await buildStepCatalogue(await openKitSuite());
  if (options.markdown) {
    await writeFile(stepsDocPath, stepCatalogueMarkdown(catalogue));
    out.write(`wrote docs/steps.md (${catalogue.files.reduce((n, f) => n + f.steps.length, 0)} step definitions)\n`);
  } else out.write(formatStepCatalogue(catalogue));
  return 0;
}
