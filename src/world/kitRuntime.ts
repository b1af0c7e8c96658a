// What one cucumber worker shares across its scenarios: the target (from the worker env protocol,
// or resolved here when cucumber was started directly), the profile, the contracts, tokens, the
// API clients and the webhook receiver with its inbox. Started by BeforeAll, stopped by AfterAll;
// started again for every run when one process runs cucumber several times (the self-check).
import { join } from 'node:path';
import { ApiClient, joinUrl, Redactor, type ContractChecker } from '../client/index.ts';
import { ledgerGateFor, type LedgerGate } from '../concurrency/ledgerGate.ts';
import { readSeats } from '../concurrency/marketplaceSeats.ts';
import { loadRunConfig } from '../config/index.ts';
import { loadContract, type Contract, type ContractName } from '../contract/index.ts';
import { contractsDir } from '../kitPaths.ts';
import { contractStatusFor, listItems, loadProfile, type Profile } from '../profile/index.ts';
import { loadRuleCatalogue } from '../report/ruleCatalogue.ts';
import { readWorkerTarget, resolveTarget, TargetError, tokenStoreFor, type Capabilities, type WorkerTarget } from '../targets/index.ts';
import { startWebhookReceiver, WebhookInbox, type WebhookReceiver } from '../webhooks/index.ts';
import { ErrorCodeLedger } from './errorCodeLedger.ts';
import { newRunIdFor } from './runPrefix.ts';
import { RunIds, workerLabel } from './scenarioIds.ts';
import { variantsFor, type Variants } from './variantTags.ts';

export interface KitRuntime {
  target: WorkerTarget;
  capabilities: Capabilities;
  profile: Profile;
  redactor: Redactor;
  ms: ApiClient;
  simulation?: ApiClient;
  vouchers?: ApiClient;
  inbox: WebhookInbox;
  receiver?: WebhookReceiver;
  ids: RunIds;
  /** The codes answered per mistake so far: the same mistake must keep its code (interface §2). */
  errorCodes: ErrorCodeLedger;
  /** The MS operations that answer lists (their answers may hold other scenarios' resources). */
  listOperations: ReadonlySet<string>;
  /** The catalogue's named alternatives and the profile's choices, for `@variant:` tags. */
  variants: Variants;
  /** Keeps other workers' writes out of a ledger reading (open in a serial run). */
  ledgerGate: LedgerGate;
}

let current: { runtime: KitRuntime; stop: () => Promise<void> } | undefined;

export function kitRuntime(): KitRuntime {
  if (!current) throw new Error('the kit runtime is not started: the steps must run with steps/support/hooks.ts (BeforeAll starts it)');
  return current.runtime;
}

async function workerTarget(env: NodeJS.ProcessEnv): Promise<{ target: WorkerTarget; stop: () => Promise<void> }> {
  const given = readWorkerTarget(env);
  if (given) return { target: given, stop: async () => {} };
  // Started without mskit (`npx cucumber-js`): this worker reaches the target on its own.
  const resolved = await resolveTarget(await loadRunConfig({ env }));
  return { target: readWorkerTarget(resolved.workerEnv) as WorkerTarget, stop: () => resolved.stop() };
}

/** A target's answers against the normative contract, read through its profile: a status the profile moved is checked as the situation the contract describes. */
function checker(contract: Contract, profile: Profile, defaults: Profile): ContractChecker {
  return {
    matchOperation: (method, path) => contract.matchOperation(method, path),
    validateResponse: (operationId, status, contentType, body) =>
      contract.validateResponse(operationId, contractStatusFor(profile, defaults, operationId, status, contract.declaredStatuses(operationId)), contentType, body, (listOperation, answer) =>
        listItems(profile, listOperation, answer),
      ),
  };
}

function normativeContract(name: ContractName, profile: Profile): Promise<Contract> {
  return loadContract(name, { view: 'normative', moneyDecimals: profile.money.decimals });
}

async function registerReceiver(runtime: KitRuntime, receiver: WebhookReceiver, seats: number[]): Promise<void> {
  const webhooks = runtime.target.webhooks;
  if (!webhooks || webhooks.registration !== 'simulation') return;
  const simulation = runtime.simulation;
  if (!simulation) throw new TargetError('webhooks need the simulation API to register the kit\'s endpoint: set target.simulationBaseUrl');
  const registrations = [
    ...(runtime.capabilities.secondMarketplace ? [{ role: 'second' as const, seat: 0, name: 'second' }] : []),
    ...seats.map((seat) => ({ role: 'primary' as const, seat, name: seat === 0 ? 'primary' : `pool-${seat}` })),
  ];
  await Promise.all(
    registrations.map(async ({ role, seat, name }) => {
      // A path per run: deliveries for an earlier run's registration of the same URL are told apart.
      const url = joinUrl(webhooks.publicUrl ?? receiver.url, `${runtime.ids.runId}/${name}`);
      const answer = await simulation.atSeat(seat).send({ method: 'POST', path: '/webhook-endpoints', body: { url, secret: webhooks.secret }, as: role });
      if (answer.status < 200 || answer.status >= 300) {
        const marketplace = seat === 0 ? `the ${role} marketplace` : `marketplace ${seat} of the marketplacePool`;
        throw new TargetError(`the simulation API refused to register the webhook endpoint for ${marketplace} (${answer.status} at POST ${answer.url}): check target.simulationBaseUrl`);
      }
    }),
  );
}

export async function startKitRuntime(env: NodeJS.ProcessEnv = process.env): Promise<KitRuntime> {
  await stopKitRuntime();
  const { target, stop: stopTarget } = await workerTarget(env);
  const stops: (() => Promise<void>)[] = [stopTarget];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop();
  };
  try {
    const profile = await loadProfile(target.profile);
    const defaults = await loadProfile();
    const ms = await normativeContract('marketplace-services', profile);
    const redactor = new Redactor();
    redactor.addSecret(target.webhooks?.secret);
    const tokens = tokenStoreFor(target, redactor);
    const ledgerGate = ledgerGateFor(env);
    const base = { tokens, timeoutMs: target.requestTimeoutMs, redactor, writeGate: ledgerGate };
    const runtime: KitRuntime = {
      target,
      capabilities: target.capabilities,
      profile,
      redactor,
      ms: new ApiClient({ ...base, api: 'MS', baseUrl: target.apiBaseUrl, baseUrlKey: 'target.apiBaseUrl', contract: checker(ms, profile, defaults), headers: target.headers }),
      inbox: new WebhookInbox({ envelope: profile.webhooks.envelope, validate: (type, event) => ms.validateWebhook(type, event) }),
      ids: new RunIds(newRunIdFor(target.runId), workerLabel(env)),
      errorCodes: new ErrorCodeLedger(),
      listOperations: new Set(ms.operations().map((operation) => operation.operationId).filter((operationId) => ms.isListOperation(operationId))),
      variants: variantsFor((await loadRuleCatalogue(join(contractsDir, 'rules.yaml'))).rules, profile),
      ledgerGate,
    };
    if (target.simulationBaseUrl) {
      const contract = await normativeContract('simulation', profile);
      runtime.simulation = new ApiClient({ ...base, api: 'simulation', baseUrl: target.simulationBaseUrl, baseUrlKey: 'target.simulationBaseUrl', contract: checker(contract, profile, defaults) });
    }
    if (target.vouchersBaseUrl) {
      const contract = await normativeContract('vouchers', profile);
      runtime.vouchers = new ApiClient({ ...base, api: 'vouchers', baseUrl: target.vouchersBaseUrl, baseUrlKey: 'target.vouchersBaseUrl', contract: checker(contract, profile, defaults) });
    }
    if (target.capabilities.webhooks && target.webhooks) {
      const receiver = await startWebhookReceiver({
        inbox: runtime.inbox,
        secret: target.webhooks.secret,
        signatureHeader: profile.webhooks.signatureHeader,
        toleranceSeconds: profile.webhooks.toleranceSeconds,
        port: target.webhooks.listenPort,
        accepts: target.webhooks.registration === 'simulation' ? (path) => path.split('/').includes(runtime.ids.runId) : undefined,
      });
      stops.push(() => receiver.close());
      runtime.receiver = receiver;
      await registerReceiver(runtime, receiver, readSeats(env));
    }
    current = { runtime, stop: stopAll };
    return runtime;
  } catch (error) {
    await stopAll();
    throw error;
  }
}

export async function stopKitRuntime(): Promise<void> {
  const stopping = current;
  current = undefined;
  await stopping?.stop();
}
