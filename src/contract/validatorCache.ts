// Validators ajv compiled, kept on disk as code between runs: compiling the contracts' schemas again
// at every start was a tenth of a whole run against the embedded sandbox. A folder holds the
// validators of one contract view, named by a fingerprint of what shapes their code (the schemas
// as the view reads them, the money decimals, the ajv set-up and version); a file per schema
// pointer. A missing or unreadable file is compiled again; a folder that cannot be written only
// costs the next run the compilation.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { Ajv } from './schemaValidator.ts';

const load = createRequire(import.meta.url);

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the generated code depends on besides the schemas: the ajv version and the kit's ajv set-up. */
const codeGeneration = sha256(
  [load('ajv/package.json').version, readFileSync(new URL('./schemaValidator.ts', import.meta.url), 'utf8')].join('\0'),
);

/** The cache folder of validators compiled from `schemas` (any JSON value holding them) with these settings. */
export function validatorFolder(root: string, schemas: unknown, settings: Record<string, unknown>): string {
  return join(root, sha256(`${codeGeneration}\0${JSON.stringify(settings)}\0${JSON.stringify(schemas)}`).slice(0, 24));
}

export class ValidatorCache {
  /**
   * @param folder where the validators of this contract view are kept (validatorFolder), or undefined for none.
   * @param ajv the set-up that compiles a validator missing from the folder (made only when one is missing).
   */
  constructor(
    private readonly folder: string | undefined,
    private readonly ajv: () => Ajv,
  ) {}

  /** The validator of the schema at `ref` (`urn:…#/pointer`). */
  validator(ref: string): ValidateFunction {
    const file = this.folder && join(this.folder, `${sha256(ref).slice(0, 24)}.cjs`);
    if (file) {
      try {
        return load(file) as ValidateFunction;
      } catch {
        // Not compiled yet, or left torn by an interrupted write: compiled below.
      }
    }
    const ajv = this.ajv();
    const validate = ajv.compile({ $ref: ref });
    if (file) this.keep(file, standaloneCode.default(ajv, validate));
    return validate;
  }

  private keep(file: string, code: string): void {
    try {
      mkdirSync(this.folder!, { recursive: true });
      // Written aside then renamed: a concurrent run never loads half a file.
      const pending = `${file}.${process.pid}.tmp`;
      writeFileSync(pending, code);
      renameSync(pending, file);
    } catch {
      // A read-only installation: the next run compiles again.
    }
  }
}
