// The kit compiled to JavaScript once, for bin/mskit.js: loading ~300 TypeScript modules through the
// TypeScript loader was a third of a whole run's start-up. One build with code splitting: the
// command line and every support file of the kit's cucumber configuration are entry points sharing
// their modules through common chunks, so the steps cucumber imports and the command line that
// started the sandbox see the same module instances (the in-process webhook receivers, the ledger
// gate). Packages stay outside (node_modules resolves them); each file keeps its own
// import.meta.url; linked source maps keep step locations and stack traces in the TypeScript.
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { loadConfiguration } from '@cucumber/cucumber/api';
import { compiledSupportFile, type CompiledSupport } from './compiledKit.ts';
import { cacheDir, repoRoot } from '../kitPaths.ts';
import { ownImportMeta } from './workerBundle.ts';

export const compiledKitsDir = join(cacheDir, 'kit');

/** Modules named by path at run time (src/cli/compiledKit.ts), beside the command line and the support files. */
const runtimeEntries = ['src/cli/mskit.ts', 'src/cli/featureProgressFormatter.ts', 'src/pact/verify.ts'];

export interface CompiledKit {
  /** A fresh folder holding the compiled kit (the launcher names it by the sources' fingerprint). */
  dir: string;
  /** The kit's source files the build read, relative to the kit's root: what the fingerprint covers. */
  inputs: string[];
}

type ResolvePaths = (logger: Pick<Console, 'debug' | 'info' | 'warn' | 'error'>, cwd: string, sources: unknown, support: unknown) => Promise<{ importPaths: string[] }>;

/** cucumber lists what it found at debug level: the build says nothing unless something is wrong. */
const quietLogger = { debug: () => {}, info: () => {}, warn: console.warn, error: console.error };

/** The support files the configuration's import globs name, in the order cucumber imports them. */
async function supportFiles(): Promise<CompiledSupport> {
  const { runConfiguration } = await loadConfiguration({ file: 'cucumber.js', profiles: ['default'] }, { cwd: repoRoot });
  // cucumber's own glob expansion: its order is the order step definitions and hooks register in.
  const { resolvePaths } = createRequire(import.meta.url)('@cucumber/cucumber/lib/paths/index') as { resolvePaths: ResolvePaths };
  const { importPaths } = await resolvePaths(quietLogger, repoRoot, runConfiguration.sources, runConfiguration.support);
  return { patterns: runConfiguration.support.importPaths ?? [], files: importPaths.map((file) => relative(repoRoot, file)) };
}

export async function buildCompiledKit(): Promise<CompiledKit> {
  const support = await supportFiles();
  await mkdir(compiledKitsDir, { recursive: true });
  const dir = await mkdtemp(join(compiledKitsDir, 'building-'));
  await writeFile(join(dir, compiledSupportFile), JSON.stringify(support));
  const result = await build({
    entryPoints: [...runtimeEntries, ...support.files].map((entry) => join(repoRoot, entry)),
    absWorkingDir: repoRoot,
    outbase: repoRoot,
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'silent',
    plugins: [ownImportMeta],
  });
  const inputs = Object.keys(result.metafile.inputs).filter((input) => !input.startsWith('node_modules/'));
  return { dir, inputs };
}
