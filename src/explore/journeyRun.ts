// One journey run on both sides, step by step: the action goes to each, the reference is allowed
// to finish what it owes (webhooks, executions), both are read back and compared; the target gets
// until the profile's webhook deadline to catch up before a difference counts.
import type { ApiResponse } from '../client/index.ts';
import { differences, type Difference } from './divergence.ts';
import { gherkinOf, type JourneyAction } from './journeyActions.ts';
import { applyAccepted, type JourneyModel } from './journeyModel.ts';
import { isOnboarding, onboardingSeller } from './onboardingActions.ts';
import { learnOnboarding } from './onboardingModel.ts';
import type { JourneyRunner } from './journeyCommands.ts';
import { observe, type Observation } from './journeyObservation.ts';
import type { ExploreSide } from './exploreSide.ts';
import type { SidePair } from './sidePairs.ts';
import { SideJourney, type ResourceKind } from './sideJourney.ts';

export interface JourneyStep {
  action: JourneyAction;
  /** The reference accepted it (2xx): a settlement is then "cashes", else "tries to cash". */
  accepted: boolean;
}

export interface Evidence {
  status?: number;
  resources: Observation['resources'];
  balances: Observation['balances'];
  conservation: string[];
  webhooks: Observation['webhooks'];
}

export class Finding extends Error {
  override name = 'Finding';
  constructor(
    readonly steps: readonly JourneyStep[],
    readonly differences: readonly Difference[],
    readonly evidence: { reference: Evidence; target: Evidence },
    readonly kinds: ReadonlyMap<string, ResourceKind>,
  ) {
    super(`${differences.length} difference(s) after ${steps.length} step(s): ${differences.map((difference) => difference.subject).join('; ')}`);
  }
}

const accepted = (response: ApiResponse | undefined) => response !== undefined && response.status >= 200 && response.status < 300;

function evidenceOf(observation: Observation): Evidence {
  return { status: observation.answer?.status, resources: observation.resources, balances: observation.balances, conservation: observation.conservation, webhooks: observation.webhooks };
}

/**
 * What the target may still be on its way to: a webhook the reference sent that has not arrived yet,
 * or a transfer or payout the reference finished that still reads PENDING (its balances follow). A
 * final status or a webhook too many cannot be taken back: no waiting then.
 */
function behind(reference: Observation, target: Observation): { webhooks: boolean; statuses: boolean } {
  return {
    webhooks: Object.entries(reference.webhooks).some(([name, types]) => (target.webhooks[name]?.length ?? 0) < types.length),
    statuses: Object.entries(reference.resources).some(([name, fields]) => fields.status !== undefined && fields.status !== 'PENDING' && target.resources[name]?.status === 'PENDING'),
  };
}

/** How often a status read over the API is read again: nothing announces it but its webhook, which may come later. */
const statusPollMs = 25;

/**
 * Until the target may have moved since it was read (`arrivals`: its inbox then): a webhook arrived
 * (event-driven), or the next status poll while a status is behind; never past the deadline.
 */
async function targetMoves(side: ExploreSide, arrivals: number, statuses: boolean, deadline: number): Promise<void> {
  const left = Math.max(0, deadline - Date.now());
  await side.inbox.waitUntil(() => (side.inbox.arrivals !== arrivals ? true : undefined), statuses ? Math.min(statusPollMs, left) : left, () => 'nothing arrived').catch(() => undefined);
}

export class JourneyRun implements JourneyRunner {
  readonly steps: JourneyStep[] = [];
  private readonly target: SideJourney;
  private readonly reference: SideJourney;

  constructor(
    private readonly pair: SidePair,
    private readonly onStep: () => void,
  ) {
    this.target = new SideJourney(pair.target);
    this.reference = new SideJourney(pair.reference);
  }

  async begin(): Promise<void> {
    await Promise.all([this.target.begin(), this.reference.begin()]);
  }

  async perform(action: JourneyAction, model: JourneyModel): Promise<void> {
    const [theirs, mine] = await Promise.all([this.target.perform(action), this.reference.perform(action)]);
    this.steps.push({ action, accepted: accepted(mine) });
    applyAccepted(model, action, accepted(mine));
    // Each side that knows when it has sent what it owes (an embedded sandbox) is waited for; a
    // target that cannot tell is read again below until the profile's deadline.
    await Promise.all([this.pair.reference.quiet(), this.pair.target.quiet()]);
    const kinds = new Map([...this.reference.records].map(([name, record]) => [name, record.kind] as const));
    let arrivals = this.pair.target.inbox.arrivals;
    const [reference, first] = await Promise.all([observe(this.reference, mine, this.pair.fresh, action), observe(this.target, theirs, this.pair.fresh, action)]);
    let target = first;
    let found = differences(reference, target, action, kinds);
    // What the target owes may still be on its way: read it again until the profile's deadline.
    const deadline = Date.now() + this.pair.target.profile.webhooks.deadlineMs;
    for (let late = behind(reference, target); found.length > 0 && (late.webhooks || late.statuses) && Date.now() < deadline; late = behind(reference, target)) {
      await targetMoves(this.pair.target, arrivals, late.statuses, deadline);
      arrivals = this.pair.target.inbox.arrivals;
      target = await observe(this.target, theirs, this.pair.fresh, action);
      found = differences(reference, target, action, kinds);
    }
    this.onStep();
    if (model.onboarding && isOnboarding(action)) learnOnboarding(model.onboarding, reference.resources, reference.webhooks[onboardingSeller] ?? []);
    for (const party of ['S1', 'S2'] as const) model.available[party] = Math.round(Number(reference.balances[`seller "${party}"`]!.available) * 100);
    if (reference.balances['the marketplace']) model.available.marketplace = Math.round(Number(reference.balances['the marketplace'].available) * 100);
    if (found.length > 0) throw new Finding([...this.steps], found, { reference: evidenceOf(reference), target: evidenceOf(target) }, kinds);
  }

  gherkin(): string[] {
    return this.steps.flatMap((step) => gherkinOf(step.action, step.accepted));
  }
}
