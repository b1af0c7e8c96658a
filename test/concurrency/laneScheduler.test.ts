import { test } from 'node:test';
import assert from 'node:assert/strict';
import { laneSeats, LaneScheduler, type LaneScenario } from '../../src/concurrency/laneScheduler.ts';
import { readSeats, seatOf, seatsInUse } from '../../src/concurrency/marketplaceSeats.ts';
import { keptApart, needsOwnMarketplace, runsAlone } from '../../src/concurrency/sharedScenarios.ts';

type Scenario = LaneScenario & { key: string };
const scenario = (key: string, weight: number, ...tags: string[]): Scenario => ({ key, weight, tags });
const suite: Scenario[] = [
  scenario('a:1', 5),
  scenario('a:9', 3),
  scenario('b:1', 8, '@marketplace-wide'),
  scenario('b:9', 6, '@marketplace-wide'),
  scenario('b:20', 7, '@marketplace-wide'),
  scenario('c:1', 4, '@marketplace-account'),
  scenario('d:1', 2, '@needs-reader-client'),
  scenario('e:1', 9),
  scenario('e:7', 1),
  scenario('s:1', 2, '@needs-second-marketplace'),
  scenario('s:5', 3, '@needs-second-marketplace', '@second-marketplace-empty'),
];

/** The rule for scenarios of one marketplace, as the kit's support code gives cucumber (steps/cash.steps.ts). */
const sameMarketplaceRule = (s: Scenario, beside: readonly Scenario[]) =>
  runsAlone(s.tags) ? beside.length === 0 : !beside.some((b) => runsAlone(b.tags)) && !(s.tags.includes('@marketplace-wide') && beside.some((b) => b.tags.includes('@marketplace-wide')));

type Runs = Map<string, { lane: number; seat: number; start: number; end: number }>;

/** Runs the scheduler on a simulated clock, each scenario taking its weight in ticks: who ran what, when. */
async function simulate(lanes: number, seats: number): Promise<Runs> {
  const seatOfLane = laneSeats(lanes, seats);
  const scheduler = new LaneScheduler(suite, seatOfLane, sameMarketplaceRule);
  const runs: Runs = new Map();
  let clock = 0;
  const due: { at: number; wake: () => void }[] = [];
  const sleep = (ticks: number) => new Promise<void>((wake) => due.push({ at: clock + ticks, wake }));
  const lane = async (index: number) => {
    for (let next = await scheduler.next(index); next; next = await scheduler.next(index)) {
      const start = clock;
      await sleep(next.weight);
      runs.set(next.key, { lane: index, seat: seatOfLane[index]!, start, end: clock });
      scheduler.finished(index);
    }
  };
  let settled = false;
  const all = Promise.all(Array.from({ length: lanes }, (_, i) => lane(i))).then(() => (settled = true));
  // The clock moves to the next wake-up once every lane has had its turn.
  while (!settled) {
    await new Promise((resolve) => setImmediate(resolve));
    due.sort((a, b) => a.at - b.at);
    const first = due.shift();
    if (!first) continue;
    clock = first.at;
    first.wake();
  }
  await all;
  return runs;
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

test('every scenario runs exactly once, whatever the lanes and seats', async () => {
  for (const [lanes, seats] of [[1, 1], [3, 1], [3, 3], [4, 9], [9, 9], [12, 9], [6, 2]]) {
    const runs = await simulate(lanes!, seats!);
    assert.deepEqual([...runs.keys()].sort(), suite.map((s) => s.key).sort(), `${lanes} lanes, ${seats} seats`);
  }
});

test('on a shared marketplace: one @marketplace-wide scenario at a time, a @marketplace-account one with nothing beside', async () => {
  const runs = await simulate(3, 1);
  const wide = suite.filter((s) => s.tags.includes('@marketplace-wide')).map((s) => runs.get(s.key)!);
  for (const a of wide) for (const b of wide) if (a !== b) assert.ok(!overlap(a, b), 'two @marketplace-wide scenarios overlap');
  const account = runs.get('c:1')!;
  for (const [key, run] of runs) if (key !== 'c:1') assert.ok(!overlap(run, account), `${key} runs beside the @marketplace-account scenario`);
});

test('with a seat per lane: the exclusive scenarios run side by side on their own marketplaces', async () => {
  const runs = await simulate(4, 9);
  const exclusive = suite.filter((s) => needsOwnMarketplace(s.tags)).map((s) => runs.get(s.key)!);
  assert.ok(exclusive.some((a) => exclusive.some((b) => a !== b && overlap(a, b))), 'the exclusive scenarios no longer wait for one another');
  assert.equal(runs.get('d:1')!.seat, 0, 'the reader client reads the primary marketplace');
});

test('more lanes than seats: lanes sharing the primary marketplace keep its exclusive scenarios apart', async () => {
  const runs = await simulate(6, 2);
  const onPrimary = [...runs].filter(([, run]) => run.seat === 0);
  for (const [key, run] of onPrimary) {
    const tags = suite.find((candidate) => candidate.key === key)!.tags;
    for (const [other, beside] of onPrimary) {
      if (other === key || !overlap(run, beside)) continue;
      const otherTags = suite.find((candidate) => candidate.key === other)!.tags;
      assert.ok(!runsAlone(tags) && !runsAlone(otherTags), `${other} runs beside ${key} on the primary marketplace`);
      assert.ok(!(tags.includes('@marketplace-wide') && otherTags.includes('@marketplace-wide')), `${other} and ${key} move the primary marketplace's clock at once`);
    }
  }
});

test('the scenario that needs the second marketplace empty starts first and never beside one that uses it', async () => {
  for (const [lanes, seats] of [[1, 1], [4, 9], [9, 9]]) {
    const runs = await simulate(lanes!, seats!);
    const empty = runs.get('s:5')!;
    assert.equal(empty.start, 0, `${lanes} lanes`);
    assert.ok(!overlap(empty, runs.get('s:1')!));
  }
  assert.equal(keptApart(['@second-marketplace-empty'], ['@needs-second-marketplace']), true);
  assert.equal(keptApart(['@needs-second-marketplace'], ['@needs-second-marketplace']), false);
});

test('lanes take the heaviest scenarios first and finish close together', async () => {
  const runs = await simulate(3, 9);
  const ends = [0, 1, 2].map((lane) => Math.max(...[...runs.values()].filter((run) => run.lane === lane).map((run) => run.end)));
  const total = suite.reduce((n, s) => n + s.weight, 0);
  // Heaviest first, each to the first free lane: close to an even share of the work.
  assert.ok(Math.max(...ends) <= Math.ceil(total / 3) + 1, `lanes end at ${ends.join(', ')} for ${total} ticks of work`);
});

test('seats travel through the environment and the world parameters', () => {
  assert.deepEqual(laneSeats(4, 2), [0, 1, 0, 0]);
  assert.deepEqual(readSeats(seatsInUse([3, 1, 3])), [0, 1, 3]);
  assert.deepEqual(readSeats({}), [0]);
  assert.equal(seatOf({ seat: 2 }), 2);
  assert.equal(seatOf({ seat: -1 }), 0);
  assert.equal(seatOf(undefined), 0);
});
