// Loads the expectation profile: the default file, with an implementation's partial profile
// merged over it (mappings key by key, everything else replaced), then validated as a whole.
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseDocument, type YAMLError } from 'yaml';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { cachedSchemaValidator } from '../contract/validatorCache.ts';
import { contractsDir } from '../kitPaths.ts';
import type { Profile } from './profile.ts';
import { ProfileError } from './profileError.ts';
import { explainViolation, show } from './explainViolation.ts';
import { profileDisagreement } from './profileAgreement.ts';

type Mapping = Record<string, unknown>;

export const defaultProfilePath = join(contractsDir, 'profiles', 'default.yaml');
const schemaPath = join(contractsDir, 'profiles', 'profile.schema.json');

/**
 * The expectation profile at `path` (relative to the working directory) merged over the default,
 * or the default alone. Throws a ProfileError with a one-line message when a file is missing,
 * is not YAML, or the result breaks contracts/profiles/profile.schema.json.
 */
export async function loadProfile(path?: string): Promise<Profile> {
  const validate = await profileValidator();
  const defaults = await readProfileFile(defaultProfilePath);
  const base = conform(validate, defaults, defaultProfilePath);
  const file = path === undefined ? defaultProfilePath : resolve(path);
  if (file === defaultProfilePath) return base;
  const merged = conform(validate, mergeOver(defaults, await readProfileFile(file)), file);
  const disagreement = await profileDisagreement(merged);
  if (disagreement) throw new ProfileError(`profile ${displayName(file)}: ${disagreement}`);
  return merged;
}

let validator: Promise<ValidateFunction> | undefined;

function profileValidator(): Promise<ValidateFunction> {
  validator ??= readFile(schemaPath, 'utf8').then((text) => {
    // verbose: the explanation needs the failing schema and value; one error is all we report.
    const options = { allErrors: false, verbose: true };
    return cachedSchemaValidator('profile', JSON.parse(text), options, () => {
      const ajv = new Ajv2020.default({ ...options, code: { source: true } });
      // A pattern: the generated code holds it as it is.
      addFormats.default(ajv, ['json-pointer']);
      return ajv;
    });
  });
  return validator;
}

function conform(validate: ValidateFunction, candidate: Mapping, file: string): Profile {
  if (validate(candidate)) return candidate as unknown as Profile;
  const [first] = validate.errors ?? [];
  throw new ProfileError(`profile ${displayName(file)}: ${first ? explainViolation(first) : 'does not match the profile schema'}`);
}

async function readProfileFile(file: string): Promise<Mapping> {
  const name = displayName(file);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new ProfileError(`profile ${name}: ${unreadable(error)}`);
  }
  const document = parseDocument(text);
  const [syntaxError] = document.errors;
  if (syntaxError) throw new ProfileError(`profile ${name}: not valid YAML ${yamlProblem(syntaxError)}`);
  let value: unknown;
  try {
    value = document.toJS();
  } catch (error) {
    // An alias to an anchor that does not exist only surfaces when the document is converted.
    throw new ProfileError(`profile ${name}: not valid YAML: ${(error as Error).message}`);
  }
  // An empty file (or comments only) states no difference from the default.
  if (value === null || value === undefined) return {};
  if (!isMapping(value)) throw new ProfileError(`profile ${name}: must be a mapping of profile keys such as "statuses:" (got ${show(value)})`);
  return value;
}

function mergeOver(base: Mapping, override: Mapping): Mapping {
  // fromEntries defines own properties, so a "__proto__" key stays a key the schema refuses.
  const keys = new Set([...Object.keys(base), ...Object.keys(override)]);
  return Object.fromEntries(
    [...keys].map((key) => {
      const current = base[key];
      const next = override[key];
      if (!Object.hasOwn(override, key)) return [key, current];
      return [key, isMapping(current) && isMapping(next) ? mergeOver(current, next) : next];
    }),
  );
}

function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const example = displayName(defaultProfilePath);
  if (code === 'ENOENT') return `file not found (give the path of an existing YAML profile, e.g. ${example})`;
  if (code === 'EISDIR') return `is a directory (give the path of a YAML profile file, e.g. ${example})`;
  if (code === 'EACCES') return 'cannot be read (permission denied)';
  return `cannot be read (${code ?? (error as Error).message})`;
}

function yamlProblem(error: YAMLError): string {
  const line = error.linePos?.[0].line;
  const reason =
    error.code === 'MULTIPLE_DOCS'
      ? 'a profile is a single YAML document (remove the extra "---")'
      : error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return line === undefined ? `: ${reason}` : `at line ${line}: ${reason}`;
}

function displayName(file: string): string {
  const fromCwd = relative(process.cwd(), file);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : file;
}
