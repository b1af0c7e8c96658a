// Where each journey runs. Against the embedded sandbox, both sides are embedded sandboxes asked
// in-process, and every journey gets a marketplace of its own on each: a journey, and every shrunk
// copy of it, starts from the same empty marketplace on both sides. Against any other target, the target is the one
// resolved for the run and keeps its history; the reference is fresh per journey, so only the
// journey's own resources and sellers are compared (see docs/explore.md).
import { chooseDialects } from '../../mocks/sandbox/dialects.ts';
import { chooseFaults } from '../../mocks/sandbox/faults.ts';
import { createSandbox, type Sandbox, type SandboxClient } from '../../mocks/sandbox/index.ts';
import { loadContract } from '../contract/index.ts';
import { Redactor } from '../client/index.ts';
import type { RunConfig, SandboxTargetConfig } from '../config/index.ts';
import type { Profile } from '../profile/index.ts';
import { readWorkerTarget, resolveTarget, TargetError } from '../targets/index.ts';
import { httpTransport, openSide, openWebhookEndpoint, type ExploreContracts, type ExploreSide, type SideName, type WebhookEndpoint } from './exploreSide.ts';
import { sandboxTransport } from './sandboxTransport.ts';
import { referenceDialects } from './referenceDialects.ts';

export interface SidePair {
  target: ExploreSide;
  reference: ExploreSide;
  /** Both sides started empty for this journey: the marketplace's own account is theirs alone. */
  fresh: boolean;
  /** Both sides have the voucher API (interface §7). */
  vouchers: boolean;
}

export interface SidePairs {
  /** What the target is, for the banner (no secrets). */
  readonly description: string;
  readonly referenceDialects: readonly string[];
  /** Whether the target has the voucher API: voucher orders are drawn only then. */
  readonly vouchers: boolean;
  open(): Promise<SidePair>;
  close(): Promise<void>;
}

interface SandboxSideOptions {
  name: SideName;
  faults: readonly string[];
  dialects: readonly string[];
  profile: Profile;
  contracts: ExploreContracts;
}

/** Journeys served by one sandbox before the next one is started (its marketplaces are kept in memory). */
const journeysPerSandbox = 200;

/**
 * Fresh marketplaces for one side: a sandbox is built with a client per journey, each acting for a
 * marketplace of its own, so that every journey starts from an empty marketplace (its own clock,
 * ledger and webhook endpoints) without paying for a new server each time.
 */
class SandboxMarketplaces {
  private sandbox: Sandbox | undefined;
  private endpoint: WebhookEndpoint | undefined;
  private clients: SandboxClient[] = [];
  private used = 0;
  private generation = 0;

  constructor(private readonly options: SandboxSideOptions) {}

  async next(): Promise<ExploreSide> {
    if (!this.sandbox || this.used === this.clients.length) await this.rotate();
    const sandbox = this.sandbox!;
    const client = this.clients[this.used++]!;
    const transport = await sandboxTransport(sandbox, client, this.options.contracts);
    return openSide({ name: this.options.name, transport, endpoint: this.endpoint, profile: this.options.profile, quiet: () => sandbox.webhooksIdle() });
  }

  private async rotate(): Promise<void> {
    await this.close();
    this.generation += 1;
    this.clients = Array.from({ length: journeysPerSandbox }, (_, index) => {
      const id = `explore-${this.generation}-${index}`;
      return { clientId: id, clientSecret: `${id}-secret`, marketplace: id, scopes: ['marketplace:rw'] };
    });
    this.used = 0;
    this.sandbox = createSandbox({ faults: this.options.faults, dialects: this.options.dialects, clients: this.clients });
    // A public sandbox secret: the sandbox signs with what it is given at registration.
    this.endpoint = await openWebhookEndpoint(this.options.profile, { secret: 'explore-webhook-secret', registration: 'simulation' });
  }

  async close(): Promise<void> {
    await this.sandbox?.close();
    await this.endpoint?.close();
    this.sandbox = undefined;
    this.endpoint = undefined;
  }
}

export async function openSidePairs(config: RunConfig, profiles: { target: Profile; reference: Profile }): Promise<SidePairs> {
  const contracts = {
    ms: await loadContract('marketplace-services', { view: 'normative', moneyDecimals: profiles.target.money.decimals }),
    simulation: await loadContract('simulation', { view: 'normative', moneyDecimals: profiles.target.money.decimals }),
    vouchers: await loadContract('vouchers', { view: 'normative', moneyDecimals: profiles.target.money.decimals }),
  };
  const dialects = referenceDialects(profiles.target);
  const references = new SandboxMarketplaces({ name: 'reference', faults: [], dialects, profile: profiles.reference, contracts });

  if (config.target.kind === 'sandbox') {
    const target = config.target as SandboxTargetConfig;
    // A wrong name is told before anything runs, not at the first journey.
    chooseFaults(target.faults);
    chooseDialects(target.dialects);
    const targets = new SandboxMarketplaces({ name: 'target', faults: target.faults, dialects: target.dialects, profile: profiles.target, contracts });
    const faults = target.faults.length > 0 ? `faults: ${target.faults.join(', ')}` : 'no faults';
    const spoken = target.dialects.length > 0 ? `; dialects: ${target.dialects.join(', ')}` : '';
    return {
      description: `embedded sandbox, a fresh marketplace for every journey (${faults}${spoken})`,
      referenceDialects: dialects,
      vouchers: true,
      async open() {
        const [mine, theirs] = await Promise.all([targets.next(), references.next()]);
        return { target: mine, reference: theirs, fresh: true, vouchers: true };
      },
      close: async () => void (await Promise.all([targets.close(), references.close()])),
    };
  }

  const resolved = await resolveTarget(config);
  try {
    const worker = readWorkerTarget(resolved.workerEnv);
    if (!worker) throw new TargetError('the target gave no description to reach it');
    const redactor = new Redactor();
    redactor.addSecret(worker.webhooks?.secret);
    const endpoint = worker.capabilities.webhooks && worker.webhooks ? await openWebhookEndpoint(profiles.target, worker.webhooks) : undefined;
    const targetSide = await openSide({ name: 'target', transport: httpTransport(worker, contracts, redactor), endpoint, profile: profiles.target });
    return {
      description: resolved.description,
      referenceDialects: dialects,
      vouchers: targetSide.vouchers !== undefined,
      async open() {
        const theirs = await references.next();
        return { target: targetSide, reference: theirs, fresh: false, vouchers: targetSide.vouchers !== undefined };
      },
      async close() {
        await endpoint?.close();
        await references.close();
        await resolved.stop();
      },
    };
  } catch (error) {
    await resolved.stop();
    throw error;
  }
}
