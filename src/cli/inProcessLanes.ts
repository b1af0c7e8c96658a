// Concurrent scenarios inside one cucumber run: cucumber runs a serial run's scenarios one after the
// other in this process (its in-process adapter) and concurrent ones only in worker processes. A
// run given lanes here runs them with one cucumber worker per lane, in this process, taking
// scenarios from one queue (src/concurrency/laneScheduler.ts): one set of sources, one message
// stream and one set of report files, as a serial run has, and lanes that finish together. Against
// a distant target a scenario mostly waits, and lanes overlap the waits without a process each.
//
// cucumber exposes its runtime modules (`@cucumber/cucumber/lib/*` in its package exports) but no
// option to choose the adapter: the in-process adapter is replaced by one that runs lanes when the
// run's world parameters carry them, and runs serially otherwise. The version is pinned
// (package.json), and the shapes used are checked when installed.
import { createRequire } from 'node:module';
import { LaneScheduler, type LaneScenario } from '../concurrency/laneScheduler.ts';

/** The world parameter that carries the lanes' seats to the adapter; each lane's worlds get `seat` instead. */
export const laneSeatsParameter = 'mskitLaneSeats';

interface Pickle {
  tags: readonly { name: string }[];
  steps: readonly unknown[];
}
interface AssembledTestCase {
  pickle: Pickle;
}
interface RuntimeOptions {
  worldParameters?: Record<string, unknown>;
}
interface CucumberWorker {
  runBeforeAllHooks(): Promise<unknown>;
  runAfterAllHooks(): Promise<unknown>;
  runTestCase(testCase: AssembledTestCase, failing: boolean): Promise<boolean>;
}
type WorkerClass = new (testRunStartedId: string, workerId: string | undefined, eventBroadcaster: unknown, newId: unknown, options: RuntimeOptions, library: unknown, snippetBuilder: unknown) => CucumberWorker;
interface SupportLibrary {
  parallelCanAssign(pickle: Pickle, running: Pickle[]): boolean;
}
interface InProcessAdapter {
  worker: CucumberWorker;
  failing: boolean;
  run(testCases: readonly AssembledTestCase[]): Promise<boolean>;
}
type AdapterClass = new (testRunStartedId: string, eventBroadcaster: unknown, newId: unknown, options: RuntimeOptions, library: SupportLibrary, snippetBuilder: unknown) => InProcessAdapter;

const requireCucumber = createRequire(import.meta.url);
let installed = false;

/** Lets cucumber runs of this process run lanes (idempotent). */
export function installLaneAdapter(): void {
  if (installed) return;
  const serial = requireCucumber('@cucumber/cucumber/lib/runtime/serial/adapter') as { InProcessAdapter?: AdapterClass };
  const { Worker } = requireCucumber('@cucumber/cucumber/lib/runtime/worker') as { Worker?: WorkerClass };
  const Serial = serial.InProcessAdapter;
  if (typeof Serial !== 'function' || typeof Worker !== 'function' || typeof Worker.prototype.runTestCase !== 'function') {
    throw new Error('this version of @cucumber/cucumber has no in-process adapter the kit knows: install the version package.json pins (npm ci)');
  }

  class LaneAdapter extends Serial {
    private readonly seats: readonly number[] | undefined;
    private readonly laneWorker: (seat: number) => CucumberWorker;
    private readonly canAssign: SupportLibrary['parallelCanAssign'];

    constructor(testRunStartedId: string, eventBroadcaster: unknown, newId: unknown, options: RuntimeOptions, library: SupportLibrary, snippetBuilder: unknown) {
      const { [laneSeatsParameter]: seats, ...worldParameters } = options.worldParameters ?? {};
      super(testRunStartedId, eventBroadcaster, newId, { ...options, worldParameters }, library, snippetBuilder);
      this.seats = Array.isArray(seats) ? (seats as number[]) : undefined;
      this.laneWorker = (seat) => new Worker!(testRunStartedId, undefined, eventBroadcaster, newId, { ...options, worldParameters: { ...worldParameters, seat } }, library, snippetBuilder);
      this.canAssign = (pickle, running) => library.parallelCanAssign(pickle, running);
    }

    override async run(testCases: readonly AssembledTestCase[]): Promise<boolean> {
      if (!this.seats) return super.run(testCases);
      type Queued = LaneScenario & { testCase: AssembledTestCase };
      const queued: Queued[] = testCases.map((testCase) => ({ testCase, tags: testCase.pickle.tags.map((tag) => tag.name), weight: testCase.pickle.steps.length }));
      const scheduler = new LaneScheduler<Queued>(queued, this.seats, (s, beside) => this.canAssign(s.testCase.pickle, beside.map((b) => b.testCase.pickle)));
      // The run's BeforeAll and AfterAll hooks run once, around every lane.
      await this.worker.runBeforeAllHooks();
      await Promise.all(
        this.seats.map(async (seat, lane) => {
          const worker = this.laneWorker(seat);
          for (let next = await scheduler.next(lane); next; next = await scheduler.next(lane)) {
            try {
              if (!(await worker.runTestCase(next.testCase, this.failing))) this.failing = true;
            } finally {
              scheduler.finished(lane);
            }
          }
        }),
      );
      await this.worker.runAfterAllHooks();
      return !this.failing;
    }
  }

  serial.InProcessAdapter = LaneAdapter;
  installed = true;
}
