// The shape of a validated run configuration (src/config/runConfig.schema.json is the authority).
import type { Deviation } from '../report/deviations.ts';

export const targetKinds = ['sandbox', 'prism', 'url', 'container'] as const;
export type TargetKind = (typeof targetKinds)[number];

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  scope?: string;
}

export interface SandboxTargetConfig {
  kind: 'sandbox';
  faults: string[];
  /** Legal variations of the sandbox (mocks/sandbox/dialects.ts); `all` for every one. */
  dialects: string[];
}

export interface PrismTargetConfig {
  kind: 'prism';
}

interface MarketplaceClients {
  clientId: string;
  clientSecret: string;
  scope: string;
  headers: Record<string, string>;
  secondMarketplace?: ClientCredentials;
  readerClient?: ClientCredentials;
  /** More marketplaces, one per concurrent lane (docs/parallel.md). */
  marketplacePool?: ClientCredentials[];
}

export interface UrlTargetConfig extends MarketplaceClients {
  kind: 'url';
  tokenAuth: 'client_secret_post' | 'client_secret_basic';
  /** PEM files, absolute paths once loaded. */
  tls?: { cert?: string; key?: string; passphrase?: string; ca?: string };
  proxy?: { url: string; httpUrl?: string; noProxy?: string };
  apiBaseUrl: string;
  tokenUrl: string;
  simulationBaseUrl?: string;
  vouchersBaseUrl?: string;
  webhookPublicUrl?: string;
  webhookListenPort?: number;
  webhookSecret?: string;
}

export interface ContainerTargetConfig extends MarketplaceClients {
  kind: 'container';
  image: string;
  /** Where the implementation listens (the container shares the machine's network); absent: a free port the kit gives it as PORT. */
  port?: number;
  env: Record<string, string>;
  startupTimeoutMs: number;
  apiBasePath: string;
  tokenPath: string;
  simulationPath?: string;
  vouchersPath?: string;
}

export type TargetConfig = SandboxTargetConfig | PrismTargetConfig | UrlTargetConfig | ContainerTargetConfig;

export interface RunConfig {
  /** Where the configuration came from, for messages: `config mskit.yaml`, `config (environment)`. */
  origin: string;
  target: TargetConfig;
  /** Absolute path of the expectation profile; absent means the default profile. */
  profile?: string;
  /** The approver's accepted deviations, rule ids checked against the catalogue. */
  deviations?: { path: string; entries: Deviation[] };
  requestTimeoutMs: number;
}
