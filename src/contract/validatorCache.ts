// Validators ajv compiled, kept on disk as code between runs: compiling the contracts' schemas again
// at every start was a tenth of a whole run against the embedded sandbox, and the run configuration's
// and the profile's schemas were compiled before anything else could start. A folder holds the
// validators of one set of schemas, named by a fingerprint of what shapes their code (the schemas,
// the ajv options, the kit's keywords, the ajv version); a file per validator. A missing or unreadable
// file is compiled again; a folder that cannot be written only costs the next run the compilation.
//
// Generated code cannot hold the functions a set-up gives ajv (formats, the money check): it reaches
// them through one registry on globalThis (sharedWithGeneratedCode), filled before such code loads.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { _, type Code } from 'ajv/dist/2020.js';
import type Ajv2020 from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { cacheDir } from '../kitPaths.ts';

export type Ajv = InstanceType<typeof Ajv2020.default>;

const load = createRequire(import.meta.url);

/** Where the kit keeps its validators unless told otherwise. */
export const validatorCacheDir = join(cacheDir, 'validators');

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** What the generated code depends on besides the schemas and options: the ajv version and the kit's keywords. */
const codeGeneration = sha256(
  [load('ajv/package.json').version, readFileSync(new URL('./schemaValidator.ts', import.meta.url), 'utf8')].join('\0'),
);

const registry: Record<string, unknown> = {};
(globalThis as Record<symbol, unknown>)[Symbol.for('mskit.validatorRuntime')] = registry;

/** Registers `value` for generated code, which reaches it through the expression returned. */
export function sharedWithGeneratedCode(name: string, value: unknown): Code {
  registry[name] = value;
  return _`globalThis[Symbol.for("mskit.validatorRuntime")][${name}]`;
}

/** The cache folder of validators compiled from `schemas` (any JSON value holding them) with these settings (ajv's options, the data parts). */
export function validatorFolder(root: string, schemas: unknown, settings: unknown): string {
  return join(root, sha256(`${codeGeneration}\0${JSON.stringify(settings)}\0${JSON.stringify(schemas)}`).slice(0, 24));
}

export class ValidatorCache {
  /**
   * @param folder where these validators are kept (validatorFolder), or undefined for none.
   * @param ajv the set-up that compiles a validator missing from the folder (made only when one is missing).
   */
  constructor(
    private readonly folder: string | undefined,
    private readonly ajv: () => Ajv,
  ) {}

  /** The validator named `name` (a schema pointer, a schema's name), compiled by `compile` when the folder lacks it. */
  validator(name: string, compile: (ajv: Ajv) => ValidateFunction): ValidateFunction {
    const file = this.folder && join(this.folder, `${sha256(name).slice(0, 24)}.cjs`);
    if (file) {
      try {
        return load(file) as ValidateFunction;
      } catch {
        // Not compiled yet, or left torn by an interrupted write: compiled below.
      }
    }
    const ajv = this.ajv();
    const validate = compile(ajv);
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

/** One schema's validator, kept in the kit's cache: `options` are the ajv options `ajv` sets up with. */
export function cachedSchemaValidator(name: string, schema: object, options: object, ajv: () => Ajv): ValidateFunction {
  return new ValidatorCache(validatorFolder(validatorCacheDir, schema, { name, options }), ajv).validator(name, (compiler) => compiler.compile(schema));
}
