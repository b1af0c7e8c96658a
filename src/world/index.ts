export { KitWorld, ExpectationError, describeExchange } from './kitWorld.ts';
export { startKitRuntime, stopKitRuntime, kitRuntime } from './kitRuntime.ts';
export type { KitRuntime } from './kitRuntime.ts';
export { capabilityTags, CapabilityTagError, missingCapabilityNote } from './capabilityTags.ts';
export { evidenceAttachmentName } from './scenarioEvidence.ts';
export { ScenarioMemoryError } from './scenarioMemory.ts';
export { SimulationError } from './simulationDriver.ts';
export type { IncomingTransfer, KycDecision, LedgerAccount, SimulationCallOptions } from './simulationDriver.ts';
export type { WebhookSelector } from './scenarioWebhooks.ts';
