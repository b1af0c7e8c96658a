// Reads the run configuration: a YAML file (optional), then environment variables (they win), then
// command-line overrides (they win over both); validates it against runConfig.schema.json and turns
// the first problem into one line naming the key, e.g.
// `config mskit.yaml: target.apiBaseUrl must be an http(s) URL (got "localhost:8080")`.
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020.js';
import { parse, YAMLParseError } from 'yaml';
import { cachedSchemaValidator, sharedWithGeneratedCode } from '../contract/validatorCache.ts';
import { contractsDir } from '../kitPaths.ts';
import { loadProfile } from '../profile/index.ts';
import { loadDeviations } from '../report/deviations.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { ConfigError } from './configError.ts';
import { configEnvironment, configFileVariable, readConfigEnvironment } from './configEnvironment.ts';
import { targetKinds, type RunConfig, type TargetKind } from './runConfig.ts';
import { suggestKey } from './suggestKey.ts';

export interface RunConfigOverrides {
  kind?: TargetKind;
  profile?: string;
  deviations?: string;
  faults?: string[];
  dialects?: string[];
  image?: string;
}

export interface LoadRunConfigOptions {
  /** A YAML file; when absent, `MSKIT_CONFIG` names one, else the environment alone configures. */
  configPath?: string;
  env?: NodeJS.ProcessEnv;
  overrides?: RunConfigOverrides;
  /** Base for relative paths given by the environment or overrides. */
  cwd?: string;
}

type Raw = Record<string, any>;

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('./runConfig.schema.json', import.meta.url)), 'utf8'));
const formats = {
  'http-url': {
    type: 'string' as const,
    validate: (value: string) => {
      try {
        return ['http:', 'https:'].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
  },
};
// Shared before any cached validator loads: the generated code finds the formats by this name.
const formatsCode = sharedWithGeneratedCode('runConfigurationFormats', formats);
const ajvOptions = { useDefaults: true, verbose: true, allErrors: false, strict: false };
const validateRunConfig = cachedSchemaValidator('run-configuration', schema, ajvOptions, () => new Ajv2020.default({ ...ajvOptions, formats, code: { source: true, formats: formatsCode } }));
const kindSchemaName: Record<TargetKind, string> = { sandbox: 'sandboxTarget', prism: 'prismTarget', url: 'urlTarget', container: 'containerTarget' };

function keysOfKind(kind: TargetKind): string[] {
  return Object.keys(schema.$defs[kindSchemaName[kind]].properties);
}

function setAt(target: Raw, dotted: string, value: unknown): void {
  const keys = dotted.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key];
  }
  node[keys[keys.length - 1]] = value;
}

async function readConfigFile(path: string): Promise<Raw> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ConfigError(`config ${path}: file not found: check --config or ${configFileVariable}`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    const reason = (error as Error).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(`config ${path}: not valid YAML${line ? ` at line ${line}` : ''}: ${reason}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigError(`config ${path}: must be a mapping with a "target" key (see docs/configuration.md)`);
  return data as Raw;
}

function pathFrom(base: string, value: unknown): unknown {
  return typeof value === 'string' && value !== '' && !isAbsolute(value) ? join(base, value) : value;
}

function describeValue(key: string, value: unknown): string {
  if (/secret|passphrase|proxy/i.test(key)) return ''; // a proxy URL may carry a password
  if (value === undefined) return '';
  const shown = JSON.stringify(value);
  // A mapping may hold a secret under its own key (target.tls.passphrase, a client's secret).
  if (typeof value === 'object' && value !== null && /secret|passphrase|proxy/i.test(shown)) return '';
  return ` (got ${shown})`;
}

function dottedKey(error: ErrorObject): string {
  const tokens = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') tokens.push(String(error.params.missingProperty));
  if (error.keyword === 'additionalProperties') tokens.push(String(error.params.additionalProperty));
  return tokens.reduce((key, token) => (/^\d+$/.test(token) ? `${key}[${token}]` : key ? `${key}.${token}` : token), '');
}

const typeNames: Record<string, string> = { string: 'a string', integer: 'a whole number', number: 'a number', object: 'a mapping', array: 'a list', boolean: 'true or false' };

function problem(error: ErrorObject, key: string, kind: string | undefined): string {
  const got = describeValue(key, error.data);
  const forKind = key.startsWith('target.') && kind ? ` when target.kind is ${kind}` : '';
  switch (error.keyword) {
    case 'required':
      return `${key} is required${forKind}`;
    case 'additionalProperties': {
      const known = Object.keys((error.parentSchema as Raw | undefined)?.properties ?? {});
      const prefix = key.slice(0, key.lastIndexOf('.') + 1);
      const suggestion = suggestKey(String(error.params.additionalProperty), known);
      return `unknown key "${key}"${forKind}${suggestion ? ` (did you mean "${prefix}${suggestion}"?)` : ''}`;
    }
    case 'format':
      return error.params.format === 'http-url' ? `${key} must be an http(s) URL${got}` : `${key} must be a valid ${error.params.format}${got}`;
    case 'type':
      return `${key} must be ${typeNames[String(error.params.type)] ?? String(error.params.type)}${got}`;
    case 'enum':
      return `${key} must be one of ${(error.params.allowedValues as unknown[]).join(', ')}${got}`;
    case 'dependentRequired':
      return `${key}.${String(error.params.missingProperty)} is required with ${key}.${String(error.params.property)}`;
    case 'minLength':
      return `${key} must not be empty`;
    case 'pattern':
      if (key.startsWith('target.faults')) return `${key} must be a fault name in kebab-case (npm run sandbox -- --list-faults)${got}`;
      if (key.startsWith('target.dialects')) return `${key} must be a dialect name in kebab-case (npm run sandbox -- --list-dialects)${got}`;
      return String(error.params.pattern) === '^/' ? `${key} must start with "/"${got}` : `${key} must match ${String(error.params.pattern)}${got}`;
    default:
      return `${key} ${error.message ?? 'is not valid'}${got}`;
  }
}

function schemaError(errors: ErrorObject[], raw: Raw, fileLabel: string | undefined, envKeys: Map<string, string>): ConfigError {
  const error = errors.find((candidate) => candidate.keyword !== 'if') ?? errors[0];
  const key = dottedKey(error);
  const kind = typeof raw.target?.kind === 'string' ? raw.target.kind : undefined;
  const variable = envKeys.get(key.replace(/\[\d+\]$/, ''));
  if (variable) {
    const message = problem(error, key, kind).replace(key, `${variable} (${key})`);
    return new ConfigError(`config (environment): ${message}`);
  }
  const message = problem(error, key, kind);
  const hint = error.keyword === 'required' ? configEnvironment.find((binding) => binding.key === key)?.variable : undefined;
  const label = fileLabel ? `config ${fileLabel}` : 'config (environment)';
  return new ConfigError(`${label}: ${message}${hint ? ` (set it in the config file or with ${hint})` : ''}`);
}

const tlsFileKeys = ['cert', 'key', 'ca'] as const;

/**
 * The usual proxy variables (lower case first, as curl and undici read them), for a url target whose
 * file names no proxy: HTTPS_PROXY for https:// URLs, HTTP_PROXY for http:// ones, NO_PROXY exempts.
 */
function proxyFromEnvironment(target: Raw, env: NodeJS.ProcessEnv, envKeys: Map<string, string>): void {
  const read = (name: string) => [name.toLowerCase(), name].map((variable) => ({ variable, value: env[variable]?.trim() })).find(({ value }) => value);
  const https = read('HTTPS_PROXY');
  const http = read('HTTP_PROXY');
  const noProxy = read('NO_PROXY');
  const main = https ?? http;
  if (!main?.value) return;
  target.proxy = { url: main.value, ...(http?.value && http.value !== main.value ? { httpUrl: http.value } : {}), ...(noProxy?.value ? { noProxy: noProxy.value } : {}) };
  envKeys.set('target.proxy.url', main.variable);
  if (http) envKeys.set('target.proxy.httpUrl', http.variable);
}

/** The PEM files must be there now: a missing one is a setting to fix, not a failed handshake later. */
function checkTlsFiles(target: Raw, configPath: string | undefined, envKeys: Map<string, string>): void {
  for (const key of tlsFileKeys) {
    const path = target.tls?.[key];
    if (typeof path !== 'string' || existsSync(path)) continue;
    const variable = envKeys.get(`target.tls.${key}`);
    const label = variable ? `config (environment): ${variable} (target.tls.${key})` : `config ${configPath ?? '(environment)'}: target.tls.${key}`;
    throw new ConfigError(`${label}: no such file ${path}`);
  }
}

function chooseKind(overrides: RunConfigOverrides, env: NodeJS.ProcessEnv, fileTarget: Raw | undefined): unknown {
  const fromEnv = env.MSKIT_TARGET?.trim();
  if (overrides.kind) return overrides.kind;
  if (fromEnv) return fromEnv;
  if (fileTarget?.kind !== undefined) return fileTarget.kind;
  return fileTarget?.apiBaseUrl || env.MSKIT_API_BASE_URL?.trim() ? 'url' : 'sandbox';
}

async function checkDeviations(path: string) {
  const entries = await loadDeviations(path).catch((error: Error) => {
    throw new ConfigError(error.message);
  });
  const cataloguePath = join(contractsDir, 'rules.yaml');
  const catalogue = await loadRuleCatalogue(cataloguePath).catch((error: Error) => {
    throw new ConfigError(error.message);
  });
  const known = catalogue.rules.map((rule) => rule.id);
  for (const entry of entries) {
    if (!known.includes(entry.rule)) {
      const suggestion = suggestKey(entry.rule, known);
      throw new ConfigError(`deviations ${path}: unknown rule "${entry.rule}" (not in contracts/rules.yaml${suggestion ? `; did you mean "${suggestion}"?` : ''})`);
    }
  }
  return { path, entries };
}

export async function loadRunConfig(options: LoadRunConfigOptions = {}): Promise<RunConfig> {
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  const overrides = options.overrides ?? {};
  const configPath = options.configPath ?? (env[configFileVariable]?.trim() || undefined);

  const raw: Raw = configPath ? await readConfigFile(resolve(cwd, configPath)) : {};
  if (configPath) {
    const base = dirname(resolve(cwd, configPath));
    for (const key of ['profile', 'deviations']) if (key in raw) raw[key] = pathFrom(base, raw[key]);
    const tls = raw.target?.tls;
    if (tls !== null && typeof tls === 'object') for (const key of tlsFileKeys) if (key in tls) tls[key] = pathFrom(base, tls[key]);
  }
  const fileTarget = raw.target !== null && typeof raw.target === 'object' && !Array.isArray(raw.target) ? (raw.target as Raw) : undefined;
  if (raw.target !== undefined && fileTarget === undefined) {
    throw new ConfigError(`config ${configPath}: target must be a mapping with a kind, e.g. "target: { kind: url, apiBaseUrl: … }"${describeValue('target', raw.target)}`);
  }
  const kind = chooseKind(overrides, env, fileTarget);
  // Switching the kind from the environment or the command line leaves the file's target keys behind.
  if (fileTarget === undefined || fileTarget.kind !== kind) raw.target = { kind };

  const envKeys = new Map<string, string>();
  const kindKeys = targetKinds.includes(kind as TargetKind) ? keysOfKind(kind as TargetKind) : [];
  for (const { binding, value } of readConfigEnvironment(env)) {
    if (binding.key === 'target.kind') continue;
    const [head, field] = binding.key.split('.');
    // A variable meant for another kind of target is not an error: CI environments mix them.
    if (head === 'target' && !kindKeys.includes(field)) continue;
    setAt(raw, binding.key, head === 'target' && binding.parse !== 'path' ? value : pathFrom(cwd, value));
    envKeys.set(binding.key, binding.variable);
  }
  if (kind === 'url' && raw.target.proxy === undefined) proxyFromEnvironment(raw.target, env, envKeys);
  if (overrides.profile) raw.profile = resolve(cwd, overrides.profile);
  if (overrides.deviations) raw.deviations = resolve(cwd, overrides.deviations);
  if (overrides.faults?.length) {
    if (kind !== 'sandbox') throw new ConfigError(`config: --fault only applies to the sandbox target (the target is ${String(kind)})`);
    raw.target.faults = overrides.faults;
  }
  if (overrides.dialects?.length) {
    if (kind !== 'sandbox') throw new ConfigError(`config: --dialect only applies to the sandbox target (the target is ${String(kind)})`);
    raw.target.dialects = overrides.dialects;
  }
  if (overrides.image) {
    if (kind !== 'container') throw new ConfigError(`config: --image only applies to the container target (the target is ${String(kind)})`);
    raw.target.image = overrides.image;
  }

  if (!validateRunConfig(raw)) throw schemaError(validateRunConfig.errors ?? [], raw, configPath, envKeys);

  const config = raw as RunConfig;
  config.origin = configPath ? `config ${configPath}` : 'config (environment)';
  if (config.profile) {
    await loadProfile(config.profile).catch((error: Error) => {
      throw new ConfigError(error.message.split('\n')[0]);
    });
  }
  if (typeof raw.deviations === 'string') config.deviations = await checkDeviations(raw.deviations);
  checkTlsFiles(raw.target, configPath, envKeys);
  return config;
}
