// `mskit pact verify`: provided by src/pact/verify.ts when that module is part of the build. Its
// contract: `export async function pactVerifyCommand(args: string[]): Promise<number>` (the exit code).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compiledTwin } from './compiledKit.ts';

const verifyModule = pathToFileURL(compiledTwin(fileURLToPath(new URL('../pact/verify.ts', import.meta.url))));

export async function pactVerifyCommand(args: string[], out: NodeJS.WritableStream = process.stdout, module: URL = verifyModule): Promise<number> {
  if (!existsSync(module)) {
    out.write('pact verification is not available in this build\n');
    return 2;
  }
  const loaded = (await import(module.href)) as { pactVerifyCommand?: (args: string[]) => Promise<number> };
  if (typeof loaded.pactVerifyCommand !== 'function') throw new Error('src/pact/verify.ts does not export pactVerifyCommand(args): the build is inconsistent');
  return loaded.pactVerifyCommand(args);
}
