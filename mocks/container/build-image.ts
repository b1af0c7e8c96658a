// `npm run build:sandbox-image [-- --tag name:tag]`: the sandbox as an implementation image, built
// through the engine's API (Docker or Podman, wherever DOCKER_HOST points) from a context assembled
// in a temporary folder. Nothing is pulled: the image starts `FROM scratch`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { assembleImageContext, newestSourceChange } from './imageContext.ts';

export const sandboxImage = 'localhost/mskit-sandbox:local';

export interface ImageBuild {
  image: string;
  seconds: number;
  sourceFiles: number;
  packages: number;
}

export async function buildSandboxImage(image = sandboxImage): Promise<ImageBuild> {
  const started = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'mskit-image-'));
  try {
    const summary = assembleImageContext(dir);
    const { GenericContainer } = await import('testcontainers');
    // The context is packed with this process's umask applied: without clearing it the image's
    // /tmp would lose its 1777 mode and the unprivileged sandbox could not write there.
    const umask = process.umask(0);
    try {
      // Kept after this process ends: the image is the artefact, the tests and `mskit run` start it.
      await GenericContainer.fromDockerfile(dir).build(image, { deleteOnExit: false });
    } finally {
      process.umask(umask);
    }
    return { image, seconds: (performance.now() - started) / 1000, sourceFiles: summary.sourceFiles, packages: summary.packages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Builds the image unless the engine has one made since the sandbox's files last changed. */
export async function ensureSandboxImage(image = sandboxImage): Promise<ImageBuild | undefined> {
  const { ImageName, getContainerRuntimeClient } = await import('testcontainers');
  const client = await getContainerRuntimeClient();
  const name = ImageName.fromString(image);
  if (await client.image.exists(name)) {
    const created = new Date((await client.image.inspect(name)).Created);
    if (created >= newestSourceChange()) return undefined;
  }
  return buildSandboxImage(image);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { tag: { type: 'string', default: sandboxImage } } });
  try {
    const build = await buildSandboxImage(values.tag);
    console.log(`built ${build.image} in ${build.seconds.toFixed(1)} s (${build.sourceFiles} source files, ${build.packages} packages)`);
  } catch (error) {
    console.error(`build-image: ${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}
