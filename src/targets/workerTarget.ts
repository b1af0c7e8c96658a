// The worker env protocol: everything a cucumber worker needs to reach the target, in one
// environment variable. It may carry client secrets and the webhook secret: it only goes to child
// processes (cucumber's parallel workers inherit the environment) and is never logged.
import type { TokenAuthMethod, TransportOptions } from '../client/index.ts';
import type { TargetKind } from '../config/index.ts';
import { TargetError } from './targetError.ts';

export const workerTargetVariable = 'MSKIT_WORKER_TARGET';

export interface Capabilities {
  /** The simulation API (interface §6): webhook registration, 1 € transfers, KYC decisions, clock… */
  simulation: boolean;
  secondMarketplace: boolean;
  /** A client without the marketplace:rw scope. */
  readerClient: boolean;
  /** The target can deliver webhooks to the kit's receiver. */
  webhooks: boolean;
  /** The voucher contract-selection API (interface §7). */
  vouchers: boolean;
}

export type CapabilityName = keyof Capabilities;

export interface WorkerClient {
  clientId: string;
  clientSecret: string;
  scope?: string;
}

export interface WorkerTarget {
  kind: TargetKind;
  description: string;
  /** Shared by every worker of one run: the prefix of the ids scenarios make. */
  runId: string;
  apiBaseUrl: string;
  /** Absent when the target takes any bearer token (the Prism mock). */
  tokenUrl?: string;
  staticToken?: string;
  /**
   * `pool`: more marketplaces of the same implementation, each able to stand in for the primary one,
   * so that concurrent lanes each have a marketplace (clock, bank batches, own account) of their own.
   */
  clients: { primary: WorkerClient; second?: WorkerClient; reader?: WorkerClient; pool?: WorkerClient[] };
  headers: Record<string, string>;
  simulationBaseUrl?: string;
  vouchersBaseUrl?: string;
  capabilities: Capabilities;
  webhooks?: {
    secret: string;
    /** Register this URL instead of the local receiver's (the user tunnels it to the receiver). */
    publicUrl?: string;
    listenPort?: number;
    /** `simulation`: the kit registers its endpoint; `external`: it was registered outside the kit. */
    registration: 'simulation' | 'external';
  };
  /** How the kit reaches a real implementation: token endpoint authentication, proxy, mutual TLS. */
  connection?: TransportOptions & { tokenAuth?: TokenAuthMethod };
  /** Absolute path of the expectation profile; absent means the default. */
  profile?: string;
  requestTimeoutMs: number;
}

export function encodeWorkerTarget(target: WorkerTarget): Record<string, string> {
  return { [workerTargetVariable]: JSON.stringify(target) };
}

/** The target this worker was given, or undefined when cucumber was started without the kit. */
export function readWorkerTarget(env: NodeJS.ProcessEnv): WorkerTarget | undefined {
  const raw = env[workerTargetVariable];
  if (!raw) return undefined;
  try {
    const target = JSON.parse(raw) as WorkerTarget;
    if (typeof target.apiBaseUrl !== 'string' || typeof target.capabilities !== 'object') throw new Error('incomplete');
    return target;
  } catch {
    throw new TargetError(`${workerTargetVariable} is not a target description written by mskit: unset it, or start the run with mskit run`);
  }
}
