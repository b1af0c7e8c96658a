// The exploration: journeys drawn with fast-check's model-based testing, from one seed, until the
// step or time budget runs out or a finding; a finding is shrunk by fast-check to the shortest
// journey that still shows a difference.
import fc from 'fast-check';
import { journeyCommands } from './journeyCommands.ts';
import { emptyModel } from './journeyModel.ts';
import { Finding, JourneyRun } from './journeyRun.ts';
import type { SidePairs } from './sidePairs.ts';

export interface ExploreOptions {
  seed: number;
  /** Steps to explore (shrinking a finding comes on top). */
  steps: number;
  maxTimeMs: number;
  /** Longest journey drawn. */
  maxJourneySteps?: number;
  /** How long shrinking may take once a finding is there. */
  shrinkTimeMs?: number;
  onProgress?: (progress: ExploreProgress) => void;
}

export interface ExploreProgress {
  journeys: number;
  steps: number;
  elapsedMs: number;
  shrinking: boolean;
}

export interface ExploreResult {
  seed: number;
  journeys: number;
  steps: number;
  elapsedMs: number;
  /** The shortest journey showing a difference, when one was found. */
  finding?: Finding;
  /** Milliseconds from the start to the first difference. */
  firstFindingMs?: number;
  /** Steps of the journey that first showed the difference, before shrinking. */
  firstFindingSteps?: number;
}

export async function explore(pairs: SidePairs, options: ExploreOptions): Promise<ExploreResult> {
  const started = Date.now();
  const progress: ExploreProgress = { journeys: 0, steps: 0, elapsedMs: 0, shrinking: false };
  let last: Finding | undefined;
  let firstFindingMs: number | undefined;
  let firstFindingSteps: number | undefined;
  const shrinkTimeMs = options.shrinkTimeMs ?? 60_000;
  let shrinkDeadline = Number.POSITIVE_INFINITY;
  // A side that cannot be set up or read is no finding: the exploration stops and says why.
  let broken: unknown;
  const report = () => options.onProgress?.({ ...progress, elapsedMs: Date.now() - started });

  const property = fc.asyncProperty(journeyCommands(options.maxJourneySteps ?? 40), async (commands) => {
    if (!progress.shrinking && (progress.steps >= options.steps || Date.now() - started >= options.maxTimeMs)) return;
    if (broken !== undefined || (progress.shrinking && Date.now() >= shrinkDeadline)) return;
    try {
      const pair = await pairs.open();
      const run = new JourneyRun(pair, () => {
        progress.steps += 1;
      });
      await run.begin();
      progress.journeys += 1;
      const model = emptyModel(pair.fresh, pair.vouchers);
      await fc.asyncModelRun(() => ({ model, real: run }), commands);
    } catch (error) {
      if (error instanceof Finding) {
        if (!progress.shrinking) {
          firstFindingMs = Date.now() - started;
          firstFindingSteps = error.steps.length;
          progress.shrinking = true;
          shrinkDeadline = Date.now() + shrinkTimeMs;
        }
        // fast-check shrinks from failing candidates only: keep the shortest journey that failed.
        if (!last || error.steps.length <= last.steps.length) last = error;
        throw error;
      }
      broken = error;
    } finally {
      report();
    }
  });

  // Runs past a budget return at once; the time limit also stops fast-check drawing them.
  const outcome = await fc.check(property, { seed: options.seed, numRuns: Math.max(1, options.steps), interruptAfterTimeLimit: options.maxTimeMs + shrinkTimeMs, markInterruptAsFailure: false });
  if (broken !== undefined) throw broken;
  if (outcome.failed && !last) throw outcome.errorInstance;
  return { seed: options.seed, journeys: progress.journeys, steps: progress.steps, elapsedMs: Date.now() - started, finding: last, firstFindingMs, firstFindingSteps };
}
