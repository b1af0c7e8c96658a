#!/usr/bin/env node
// Launcher of the `mskit` command. It runs the kit compiled to JavaScript (src/cli/kitBuild.ts),
// built on first use and again whenever a source file changes: the compiled kit starts in a fraction
// of the time the TypeScript loader takes. The compiled kit is named by a fingerprint of the sources
// it was built from (their contents, the support files' folder, the cucumber configuration, the
// compiler's version), so a changed checkout never runs stale code. Where the cache folder cannot be
// written, the command runs from the TypeScript sources under tsx.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
// In the kit's cache (src/kitPaths.ts): inside its node_modules, where the compiled code finds its packages.
const kitsDir = join(root, 'node_modules', '.cache', 'mskit', 'kit');
const manifestPath = join(kitsDir, 'current.json');
const debug = process.env.MSKIT_DEBUG === '1';

/** What the compiled kit depends on besides its inputs: a new step file, another configuration or compiler. */
function fingerprint(inputs) {
  const hash = createHash('sha256');
  const esbuild = JSON.parse(readFileSync(join(root, 'node_modules', 'esbuild', 'package.json'), 'utf8')).version;
  hash.update(`esbuild ${esbuild}\0`);
  hash.update(readFileSync(join(root, 'cucumber.js')));
  hash.update(readdirSync(join(root, 'steps'), { recursive: true }).sort().join('\0'));
  for (const input of [...inputs].sort()) hash.update(`\0${input}\0`).update(readFileSync(join(root, input)));
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the compiled kit that matches the sources, if one was built. */
function currentKit() {
  try {
    const { dir, inputs, key } = JSON.parse(readFileSync(manifestPath, 'utf8'));
    return key === fingerprint(inputs) && existsSync(join(kitsDir, dir, 'src/cli/mskit.mjs')) ? join(kitsDir, dir) : undefined;
  } catch {
    return undefined;
  }
}

/** Builds the compiled kit (under tsx, once) and records it as current; concurrent builds each keep their own folder. */
async function buildKit() {
  const { register } = await import('tsx/esm/api');
  const unregister = register();
  try {
    const { buildCompiledKit } = await import(pathToFileURL(join(root, 'src/cli/kitBuild.ts')).href);
    const { dir, inputs } = await buildCompiledKit();
    const key = fingerprint(inputs);
    const name = `kit-${key}`;
    const target = join(kitsDir, name);
    try {
      renameSync(dir, target);
    } catch (error) {
      // Another run built the same sources meanwhile: its folder is as good as this one.
      if (!existsSync(target)) throw error;
      rmSync(dir, { recursive: true, force: true });
    }
    const pending = `${manifestPath}.${process.pid}`;
    writeFileSync(pending, JSON.stringify({ dir: name, inputs, key }));
    renameSync(pending, manifestPath);
    removeOldKits(name);
    return target;
  } finally {
    await unregister();
  }
}

/** Kits of earlier sources, an hour old (a run started from one has long loaded what it needs). */
function removeOldKits(current) {
  const anHourAgo = Date.now() - 3_600_000;
  for (const name of readdirSync(kitsDir)) {
    const path = join(kitsDir, name);
    if (name !== current && /^(kit|building)-/.test(name) && statSync(path).mtimeMs < anHourAgo) rmSync(path, { recursive: true, force: true });
  }
}

async function compiledKit() {
  try {
    return currentKit() ?? (await buildKit());
  } catch (error) {
    if (debug) console.error(`mskit: running from the TypeScript sources, the compiled kit could not be built: ${error?.stack ?? error}`);
    return undefined;
  }
}

// MSKIT_FROM_SOURCES=1: the TypeScript as it is, under tsx (what happens anyway where the cache is read-only).
const kit = process.env.MSKIT_FROM_SOURCES === '1' ? undefined : await compiledKit();
if (kit) {
  // Stack traces and step locations name the TypeScript sources, as they do under tsx.
  process.setSourceMapsEnabled(true);
  globalThis[Symbol.for('mskit.compiledKit')] = kit;
  await import(pathToFileURL(join(kit, 'src/cli/mskit.mjs')).href);
} else {
  // tsx is resolved from the kit's own dependencies, so the command works from any directory.
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), join(root, 'src/cli/mskit.ts'), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
