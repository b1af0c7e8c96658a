// Parallel workers load the steps as one precompiled JavaScript file instead of running the
// TypeScript loader: on two cores, each worker compiling and resolving ~150 modules through tsx was
// most of what a worker cost. The bundle imports the support files in cucumber's own order, so the
// step definitions register in the order the coordinator numbered them (workers receive only ids).
// Packages stay outside the bundle (node_modules resolves them), and each file keeps its own
// import.meta.url, so paths the kit resolves from its sources (contracts, schemas) stay right.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { cacheDir, repoRoot } from '../kitPaths.ts';

const bundleDir = join(cacheDir, 'workers');

/** Replaces `import.meta.url` with the source file's own URL: the bundle lives elsewhere. */
export const ownImportMeta: Plugin = {
  name: 'mskit-own-import-meta',
  setup(plugin) {
    plugin.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)), loader: 'ts' };
    });
  },
};

/** The sandbox stays out (workers are handed a running target): its imports would load in every worker. */
const sandboxOutside: Plugin = {
  name: 'mskit-sandbox-outside',
  setup(plugin) {
    plugin.onResolve({ filter: /mocks\/sandbox\// }, ({ path, resolveDir }) => ({ path: join(resolveDir, path), external: true }));
  },
};

/** Bundles the support files (absolute paths, in cucumber's import order) and returns the bundle's path. */
export async function buildWorkerBundle(supportFiles: readonly string[]): Promise<string> {
  const entry = supportFiles.map((file) => `import ${JSON.stringify(file)};`).join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: repoRoot, sourcefile: 'mskit-worker-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'silent',
    plugins: [ownImportMeta, sandboxOutside],
  });
  const code = result.outputFiles[0]!.contents;
  // Named by content: workers of concurrent runs (the self-check, shards on one machine) never
  // read a file another run is rewriting.
  const file = join(bundleDir, `steps-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
  await mkdir(bundleDir, { recursive: true });
  await writeFile(file, code);
  return file;
}
