// Ids scenarios give the resources they create: run prefix + worker + counter, e.g.
// `mskit-7f3a9c-w1-0042`. Unique across scenarios, workers and runs, so scenarios never share
// state, run in parallel, and a shared UAT never needs a reset.

export class RunIds {
  private counter = 0;

  constructor(
    readonly runId: string,
    readonly worker: string,
  ) {}

  next(): string {
    this.counter += 1;
    return `mskit-${this.runId}-${this.worker}-${String(this.counter).padStart(4, '0')}`;
  }
}

/** cucumber numbers parallel workers from 0; a serial run is worker 0 and parallel ones start at 1. */
export function workerLabel(env: NodeJS.ProcessEnv): string {
  const id = env.CUCUMBER_WORKER_ID;
  return id === undefined || id === '' ? 'w0' : `w${Number(id) + 1}`;
}

/** The ids one scenario made, so that its webhooks and evidence can be told from others'. */
export class ScenarioIds {
  private readonly made: string[] = [];

  constructor(private readonly source: RunIds) {}

  next(): string {
    const id = this.source.next();
    this.made.push(id);
    return id;
  }

  all(): readonly string[] {
    return this.made;
  }
}
