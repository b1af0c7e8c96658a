// The cucumber World every step receives as `this`: the target's APIs, the webhook inbox, ids,
// the expectation profile, the target's capabilities and a scenario memory, plus the assertions
// that read the profile (so that no step hard-codes a status or an error code).
import { World } from '@cucumber/cucumber';
import { readPointer, type ApiResponse, type Exchange } from '../client/index.ts';
import { seatOf } from '../concurrency/marketplaceSeats.ts';
import { acceptedStatuses, codeExpectation, type Profile } from '../profile/index.ts';
import type { Capabilities } from '../targets/index.ts';
import { missingCapabilityNote } from './capabilityTags.ts';
import { mistakeShape, type SeenCode } from './errorCodeLedger.ts';
import { kitRuntime, type KitRuntime } from './kitRuntime.ts';
import { ScenarioApi } from './scenarioApi.ts';
import { evidenceAttachmentName, ScenarioEvidence } from './scenarioEvidence.ts';
import { ScenarioIds } from './scenarioIds.ts';
import { resourceKeysOf, ScenarioMemory } from './scenarioMemory.ts';
import { ScenarioWebhooks } from './scenarioWebhooks.ts';
import { SimulationDriver } from './simulationDriver.ts';
import { variantNote } from './variantTags.ts';

export class ExpectationError extends Error {
  override name = 'ExpectationError';
}

/** `POST /orders (createOrder)`: how an answer is named in failure messages. */
export function describeExchange(response: ApiResponse): string {
  return `${response.method} ${response.path}${response.operationId ? ` (${response.operationId})` : ''}`;
}

/** Everything a scenario works with, built on first use (a dry run constructs worlds without a target). */
class ScenarioContext {
  readonly api: ScenarioApi;
  readonly simulation: SimulationDriver;
  readonly vouchers: ScenarioApi;
  readonly webhooks: ScenarioWebhooks;
  readonly ids: ScenarioIds;
  readonly evidence: ScenarioEvidence;

  constructor(
    readonly runtime: KitRuntime,
    answered: (response: ApiResponse) => void,
    /** The marketplace acting as the primary one: the lane's (src/concurrency/laneScheduler.ts). */
    seat: number,
  ) {
    this.evidence = new ScenarioEvidence(runtime.inbox, runtime.redactor, runtime.listOperations);
    const record = (exchange: Exchange) => this.evidence.record(exchange);
    this.api = new ScenarioApi(runtime.ms.atSeat(seat).withListener(record), answered);
    const simulation = new ScenarioApi(runtime.simulation?.atSeat(seat).withListener(record), answered, 'the target has no simulation API: tag the scenario @needs-simulation');
    this.simulation = new SimulationDriver(simulation, runtime.profile.errors.codePointer);
    this.vouchers = new ScenarioApi(runtime.vouchers?.atSeat(seat).withListener(record), answered, 'the target has no voucher API: tag the scenario @needs-vouchers');
    this.webhooks = new ScenarioWebhooks(runtime.inbox, runtime.profile.webhooks.deadlineMs, runtime.profile.webhooks.quietWindowMs, runtime.capabilities.webhooks);
    this.ids = new ScenarioIds(runtime.ids);
  }
}

export class KitWorld extends World {
  private readonly memory = new ScenarioMemory();
  private scenario: ScenarioContext | undefined;
  private last: ApiResponse | undefined;
  private scenarioName = '';

  private get context(): ScenarioContext {
    this.scenario ??= new ScenarioContext(
      kitRuntime(),
      (response) => {
        this.last = response;
      },
      this.seat,
    );
    return this.scenario;
  }

  /** Which marketplace acts as the primary one: the lane's (0: the primary itself; src/concurrency/laneScheduler.ts). */
  get seat(): number {
    return seatOf(this.parameters);
  }

  /** The Marketplace Services API. */
  get api(): ScenarioApi {
    return this.context.api;
  }

  /** The simulation API (interface §6); its calls throw when the target has none. */
  get simulation(): SimulationDriver {
    return this.context.simulation;
  }

  /** The voucher contract-selection API (interface §7). */
  get vouchers(): ScenarioApi {
    return this.context.vouchers;
  }

  get webhooks(): ScenarioWebhooks {
    return this.context.webhooks;
  }

  get ids(): ScenarioIds {
    return this.context.ids;
  }

  get profile(): Profile {
    return this.context.runtime.profile;
  }

  get capabilities(): Capabilities {
    return this.context.runtime.capabilities;
  }

  get evidence(): ScenarioEvidence {
    return this.context.evidence;
  }

  /** The answer to the latest request of this scenario (MS, simulation or vouchers). */
  get lastResponse(): ApiResponse {
    if (!this.last) throw new ExpectationError('no request has been answered in this scenario yet');
    return this.last;
  }

  remember(name: string, value: unknown): void {
    this.memory.remember(name, value);
  }

  /** Throws `no <kind> called "<name>" in this scenario` when nothing was remembered under that name. */
  recall<T = unknown>(name: string, kind?: string): T {
    return this.memory.recall<T>(name, kind);
  }

  isRemembered(name: string): boolean {
    return this.memory.has(name);
  }

  /** Replaces `${name}` (and `${name.field}`) with remembered values. */
  interpolate(text: string): string {
    return this.memory.interpolate(text);
  }

  /** The ids a remembered name stands for, to match its webhooks. */
  resourceKeys(name: string): string[] {
    const keys = resourceKeysOf(this.recall(name, 'resource'));
    if (keys.length === 0) throw new ExpectationError(`"${name}" is remembered, but not as an id (or an object with id fields)`);
    return keys;
  }

  /** Asserts the last answer's status is the profile's code for `situation` (for its operation), or one it accepts. */
  expectStatus(situation: string): void {
    const response = this.lastResponse;
    const accepted = acceptedStatuses(this.profile, situation, response.operationId);
    if (accepted.includes(response.status)) return;
    const code = readPointer(response.body, this.profile.errors.codePointer);
    const detail = readPointer(response.body, '/detail');
    const why = [typeof code === 'string' ? code : undefined, typeof detail === 'string' ? detail : undefined].filter(Boolean).join(': ');
    throw new ExpectationError(`expected the profile's "${situation}" status (${accepted.join(' or ')}) but ${describeExchange(response)} answered ${response.status}${why ? ` ${why}` : ''}`);
  }

  /**
   * Asserts the last answer carries a code for the error situation `name` (interface §2): a code is
   * there, it is one the profile declares for the situation when it declares any, and the same
   * mistake got the same code earlier in the run. An upper-case `name` is a literal code.
   */
  expectErrorCode(name: string): void {
    const response = this.lastResponse;
    const expectation = codeExpectation(this.profile, name);
    const pointer = this.profile.errors.codePointer;
    const actual = readPointer(response.body, pointer);
    if (typeof actual !== 'string' || actual === '') {
      throw new ExpectationError(`expected a machine-readable error code at ${pointer} (interface §2) but ${describeExchange(response)} answered ${response.status} with ${actual === undefined ? 'none' : JSON.stringify(actual)}`);
    }
    if (expectation.kind === 'literal') {
      if (actual !== expectation.code) throw new ExpectationError(`expected error code ${expectation.code} but ${describeExchange(response)} answered ${response.status} with code ${JSON.stringify(actual)}`);
      return;
    }
    const { situation, declared } = expectation;
    if (declared && !declared.includes(actual)) {
      throw new ExpectationError(`expected one of the codes the profile declares for "${situation}" (${declared.join(', ')}) but ${describeExchange(response)} answered ${response.status} with code ${JSON.stringify(actual)}`);
    }
    const seen: SeenCode = { situation, operationId: response.operationId ?? `${response.method} ${response.path}`, code: actual, shape: mistakeShape(response.requestBody) };
    this.evidence.errorCodes.push(seen);
    const earlier = this.context.runtime.errorCodes.record(seen, this.scenarioName);
    if (earlier) {
      throw new ExpectationError(`the same mistake got two codes (interface §2: codes are stable): ${describeExchange(response)} answered ${JSON.stringify(actual)} for "${situation}", where scenario "${earlier.scenario}" got ${JSON.stringify(earlier.code)} for the same request shape`);
    }
  }

  /** Before hook: returns 'skipped' (with a not-verified note) when the target lacks a tagged capability. */
  begin(scenario: { name: string; tags: readonly { name: string }[] }): 'skipped' | undefined {
    this.scenarioName = scenario.name;
    const tags = scenario.tags.map((tag) => tag.name);
    const note = missingCapabilityNote(tags, this.capabilities) ?? variantNote(tags, this.context.runtime.variants);
    if (!note) return undefined;
    this.attach(note, 'text/plain');
    return 'skipped';
  }

  /**
   * The ids that are certainly this scenario's: those it made and those the target assigned in its
   * answers. A refused webhook about one of them fails this scenario.
   */
  ownedKeys(): string[] {
    return [...new Set([...this.ids.all(), ...this.evidence.resourceIds()])];
  }

  /** Owned ids plus what the scenario remembered: the webhooks its evidence shows. */
  private evidenceKeys(): string[] {
    return [...new Set([...this.ownedKeys(), ...this.memory.keys()])];
  }

  /**
   * After hook: settles the quiet windows still open, attaches the evidence (with what each window
   * watched), then fails the scenario when a webhook about its resources was refused (unsigned,
   * forged, stale) or a "never" / "exactly once" broke within its window.
   */
  async finish(scenarioFailed: boolean): Promise<void> {
    const windows = scenarioFailed ? { reports: [] } : await this.webhooks.settle();
    this.attach(JSON.stringify(this.evidence.toJSON(this.scenarioName, this.evidenceKeys(), windows.reports)), { mediaType: 'application/json', fileName: evidenceAttachmentName });
    if (scenarioFailed) return;
    const refused = this.evidence.refusedFor(this.ownedKeys())[0];
    if (refused) {
      throw new ExpectationError(`a webhook for this scenario's resources was refused: ${refused.type ?? 'unknown type'}${refused.id ? ` (id ${refused.id})` : ''} — ${refused.reason}`);
    }
    if (windows.violation !== undefined) throw new ExpectationError(windows.violation);
  }
}
