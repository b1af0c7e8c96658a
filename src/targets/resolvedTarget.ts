// What resolving a target gives the command line: how to describe it, what it can do, and the
// environment that lets cucumber workers reach it.
import type { TargetKind } from '../config/index.ts';
import { encodeWorkerTarget, type Capabilities, type WorkerTarget } from './workerTarget.ts';

export interface ResolvedTarget {
  kind: TargetKind;
  /** For people and the report: no secrets. */
  description: string;
  urls: { apiBaseUrl: string; tokenUrl?: string; simulationBaseUrl?: string; vouchersBaseUrl?: string };
  capabilities: Capabilities;
  /** The worker env protocol (carries secrets: give it to child processes only, never print it). */
  workerEnv: Record<string, string>;
  stop(): Promise<void>;
}

export function resolvedFrom(worker: WorkerTarget, stop: () => Promise<void>): ResolvedTarget {
  return {
    kind: worker.kind,
    description: worker.description,
    urls: { apiBaseUrl: worker.apiBaseUrl, tokenUrl: worker.tokenUrl, simulationBaseUrl: worker.simulationBaseUrl, vouchersBaseUrl: worker.vouchersBaseUrl },
    capabilities: worker.capabilities,
    workerEnv: encodeWorkerTarget(worker),
    stop,
  };
}
