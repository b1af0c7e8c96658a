// The build context of the sandbox image, assembled in a folder: no base image is pulled (there is
// no registry to pull from), so the image is `FROM scratch` plus a root file system made here —
// this machine's node binary with the shared libraries `ldd` lists for it, and the sandbox's own
// files with the packages it imports at run time (and tsx, which runs the TypeScript as it is).
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from '../../src/kitPaths.ts';

/** Where the image starts: the container entrypoint, which starts the sandbox's command line. */
const entrypoint = join(repoRoot, 'mocks/container/entrypoint.ts');
/** Read at run time by path rather than imported: the contracts, their profiles and dialects. */
const dataFolders = ['contracts'];
const appFiles = ['package.json', 'tsconfig.json'];
const runner = 'tsx';

const importPattern = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|new URL\(\s*['"](\.[^'"]+)['"],\s*import\.meta\.url/gm;

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The kit's files the entrypoint reaches through relative imports, and the packages they import. */
function reachableSources(start: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [start];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    // `new URL('../', import.meta.url)` names a folder (kitPaths.ts): folders come from dataFolders.
    if (files.has(file) || !statSync(file).isFile()) continue;
    files.add(file);
    if (!file.endsWith('.ts')) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
    }
  }
  return { files, packages };
}

/** Node's lookup: the nearest node_modules folder, from the requiring package outwards. */
function locatePackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dir === repoRoot || dirname(dir) === dir) return undefined;
  }
}

/** The installed package folders the named packages need, their dependencies included. */
function packageClosure(roots: Iterable<string>): Set<string> {
  const found = new Set<string>();
  const pending = [...roots].map((name) => ({ name, from: repoRoot, optional: false }));
  while (pending.length > 0) {
    const { name, from, optional } = pending.pop() as (typeof pending)[number];
    const dir = locatePackage(name, from);
    if (!dir) {
      // Optional dependencies for other platforms (esbuild's) are simply not installed.
      if (optional) continue;
      throw new Error(`package ${name} is not installed (needed by ${relative(repoRoot, from) || 'the sandbox'}): run npm ci`);
    }
    if (found.has(dir)) continue;
    found.add(dir);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    for (const dependency of Object.keys(manifest.dependencies ?? {})) pending.push({ name: dependency, from: dir, optional: false });
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) pending.push({ name: dependency, from: dir, optional: true });
  }
  return found;
}

/** The node binary and the libraries its dynamic loader needs, as `ldd` names them. */
function nodeRuntimeFiles(): { binary: string; libraries: string[] } {
  const binary = realpathSync(process.execPath);
  const libraries = execFileSync('ldd', [binary], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /(\/\S+)\s+\(0x/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
  return { binary, libraries };
}

/** The newest change to anything the image is made of (the kit's side: not node or its libraries). */
export function newestSourceChange(): Date {
  const paths = [...reachableSources(entrypoint).files, ...[...dataFolders, ...appFiles].map((name) => join(repoRoot, name)), join(repoRoot, 'mocks/container')];
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  paths.forEach(visit);
  return new Date(newest);
}

export interface ContextSummary {
  dir: string;
  sourceFiles: number;
  packages: number;
}

/** Writes `rootfs/` and the Dockerfile into `dir` (an empty folder). */
export function assembleImageContext(dir: string): ContextSummary {
  const rootfs = join(dir, 'rootfs');
  const app = join(rootfs, 'app');
  const copy = (from: string, to: string) => {
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true, dereference: true });
  };

  const { binary, libraries } = nodeRuntimeFiles();
  copy(binary, join(rootfs, 'usr/local/bin/node'));
  for (const library of libraries) copy(library, join(rootfs, library));

  const { files, packages } = reachableSources(entrypoint);
  for (const file of files) copy(file, join(app, relative(repoRoot, file)));
  for (const name of [...dataFolders, ...appFiles]) copy(join(repoRoot, name), join(app, name));
  const packageDirs = packageClosure([...packages, runner]);
  for (const packageDir of packageDirs) copy(packageDir, join(app, relative(repoRoot, packageDir)));

  // tsx keeps its transform cache in the temporary folder; the image runs as an unprivileged user.
  mkdirSync(join(rootfs, 'tmp'), { recursive: true });
  chmodSync(join(rootfs, 'tmp'), 0o1777);
  copy(join(repoRoot, 'mocks/container/Dockerfile'), join(dir, 'Dockerfile'));
  return { dir, sourceFiles: files.size, packages: packageDirs.size };
}
