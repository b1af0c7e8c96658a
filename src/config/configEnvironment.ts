// The environment variables that configure a run, each bound to one configuration key.
// Environment values win over the configuration file (CI sets secrets there, never in files).
import { ConfigError } from './configError.ts';

/** `path`: a file, relative to the working directory. */
type EnvParse = 'string' | 'integer' | 'list' | 'headers' | 'clients' | 'path';

export interface EnvBinding {
  variable: string;
  /** Dotted configuration key the variable sets. */
  key: string;
  parse: EnvParse;
}

export const configEnvironment: readonly EnvBinding[] = [
  { variable: 'MSKIT_TARGET', key: 'target.kind', parse: 'string' },
  { variable: 'MSKIT_API_BASE_URL', key: 'target.apiBaseUrl', parse: 'string' },
  { variable: 'MSKIT_TOKEN_URL', key: 'target.tokenUrl', parse: 'string' },
  { variable: 'MSKIT_CLIENT_ID', key: 'target.clientId', parse: 'string' },
  { variable: 'MSKIT_CLIENT_SECRET', key: 'target.clientSecret', parse: 'string' },
  { variable: 'MSKIT_SCOPE', key: 'target.scope', parse: 'string' },
  { variable: 'MSKIT_HEADERS', key: 'target.headers', parse: 'headers' },
  { variable: 'MSKIT_SECOND_CLIENT_ID', key: 'target.secondMarketplace.clientId', parse: 'string' },
  { variable: 'MSKIT_SECOND_CLIENT_SECRET', key: 'target.secondMarketplace.clientSecret', parse: 'string' },
  { variable: 'MSKIT_READER_CLIENT_ID', key: 'target.readerClient.clientId', parse: 'string' },
  { variable: 'MSKIT_READER_CLIENT_SECRET', key: 'target.readerClient.clientSecret', parse: 'string' },
  { variable: 'MSKIT_MARKETPLACE_POOL', key: 'target.marketplacePool', parse: 'clients' },
  { variable: 'MSKIT_SIMULATION_BASE_URL', key: 'target.simulationBaseUrl', parse: 'string' },
  { variable: 'MSKIT_VOUCHERS_BASE_URL', key: 'target.vouchersBaseUrl', parse: 'string' },
  { variable: 'MSKIT_WEBHOOK_PUBLIC_URL', key: 'target.webhookPublicUrl', parse: 'string' },
  { variable: 'MSKIT_WEBHOOK_LISTEN_PORT', key: 'target.webhookListenPort', parse: 'integer' },
  { variable: 'MSKIT_WEBHOOK_SECRET', key: 'target.webhookSecret', parse: 'string' },
  { variable: 'MSKIT_TOKEN_AUTH', key: 'target.tokenAuth', parse: 'string' },
  { variable: 'MSKIT_TLS_CERT', key: 'target.tls.cert', parse: 'path' },
  { variable: 'MSKIT_TLS_KEY', key: 'target.tls.key', parse: 'path' },
  { variable: 'MSKIT_TLS_KEY_PASSPHRASE', key: 'target.tls.passphrase', parse: 'string' },
  { variable: 'MSKIT_TLS_CA', key: 'target.tls.ca', parse: 'path' },
  { variable: 'MSKIT_SANDBOX_FAULTS', key: 'target.faults', parse: 'list' },
  { variable: 'MSKIT_SANDBOX_DIALECTS', key: 'target.dialects', parse: 'list' },
  { variable: 'MSKIT_CONTAINER_IMAGE', key: 'target.image', parse: 'string' },
  { variable: 'MSKIT_CONTAINER_PORT', key: 'target.port', parse: 'integer' },
  { variable: 'MSKIT_PROFILE', key: 'profile', parse: 'string' },
  { variable: 'MSKIT_DEVIATIONS', key: 'deviations', parse: 'string' },
  { variable: 'MSKIT_REQUEST_TIMEOUT_MS', key: 'requestTimeoutMs', parse: 'integer' },
];

/** The configuration file to read when none is given on the command line. */
export const configFileVariable = 'MSKIT_CONFIG';

export interface EnvValue {
  binding: EnvBinding;
  value: unknown;
}

function parseJson(binding: EnvBinding, raw: string, shape: 'object' | 'array', expected: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    throw new ConfigError(`config (environment): ${binding.variable} must be ${expected} (got text that is not JSON)`);
  }
  const isArray = Array.isArray(parsed);
  if (parsed === null || typeof parsed !== 'object' || isArray !== (shape === 'array')) throw new ConfigError(`config (environment): ${binding.variable} must be ${expected}`);
  return parsed;
}

function parseValue(binding: EnvBinding, raw: string): unknown {
  switch (binding.parse) {
    case 'integer':
      // Anything else stays a string so that the schema names the problem with the variable.
      return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : raw;
    case 'list':
      return raw.split(',').map((item) => item.trim()).filter((item) => item !== '');
    case 'headers':
      return parseJson(binding, raw, 'object', 'a JSON object of header names to values, e.g. {"solutionCode":"ABC"}');
    case 'clients':
      // The schema then names a client without its id or secret.
      return parseJson(binding, raw, 'array', 'a JSON array of clients, e.g. [{"clientId":"mp-2","clientSecret":"…"}]');
    default:
      return raw.trim();
  }
}

/** The configuration values the environment sets; empty variables count as unset. */
export function readConfigEnvironment(env: NodeJS.ProcessEnv): EnvValue[] {
  return configEnvironment.flatMap((binding) => {
    const raw = env[binding.variable];
    if (raw === undefined || raw.trim() === '') return [];
    return [{ binding, value: parseValue(binding, raw) }];
  });
}
