export { resolveTarget } from './resolveTarget.ts';
export type { ResolvedTarget } from './resolvedTarget.ts';
export { TargetError } from './targetError.ts';
export { noContainerRuntime } from './containerTarget.ts';
export { preflight, tokenStoreFor } from './preflight.ts';
export { sandboxClients } from './sandboxTarget.ts';
export { statelessTag, targetTagExpression } from './targetTags.ts';
export { encodeWorkerTarget, readWorkerTarget, workerTargetVariable } from './workerTarget.ts';
export type { Capabilities, CapabilityName, WorkerClient, WorkerTarget } from './workerTarget.ts';
