import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PlannedScenario } from '../../src/cli/shards.ts';
import { planLanes, type LanePlan } from '../../src/concurrency/lanePlan.ts';
import { readSeats, seatOf, seatsInUse } from '../../src/concurrency/marketplaceSeats.ts';

const scenario = (key: string, steps: number, ...tags: string[]): PlannedScenario => ({ key, steps, tags });
const suite: PlannedScenario[] = [
  scenario('a.feature:1', 5),
  scenario('a.feature:9', 3),
  scenario('b.feature:1', 8, '@marketplace-wide'),
  scenario('b.feature:9', 6, '@marketplace-wide'),
  scenario('b.feature:20', 7, '@marketplace-wide'),
  scenario('c.feature:1', 4, '@marketplace-account'),
  scenario('d.feature:1', 2, '@needs-reader-client'),
  scenario('e.feature:1', 9),
  scenario('e.feature:7', 1),
];
const keysOf = (plan: LanePlan) => [...plan.together.flatMap((lane) => lane.keys), ...plan.alone].sort();
const laneOf = (plan: LanePlan, key: string) => plan.together.find((lane) => lane.keys.includes(key));

test('every scenario is planned exactly once, whatever the lanes and seats', () => {
  for (const [lanes, seats] of [[1, 1], [3, 1], [3, 3], [4, 9], [9, 9], [12, 9], [6, 2]]) {
    assert.deepEqual(keysOf(planLanes(suite, lanes!, seats!)), suite.map((s) => s.key).sort(), `${lanes} lanes, ${seats} seats`);
  }
});

test('without a pool: the @marketplace-wide scenarios share one lane, the @marketplace-account ones run after the lanes', () => {
  const plan = planLanes(suite, 3, 1);
  assert.ok(plan.together.every((lane) => lane.seat === 0));
  const wide = suite.filter((s) => s.tags.includes('@marketplace-wide')).map((s) => laneOf(plan, s.key));
  assert.ok(wide.every((lane) => lane === wide[0]), 'one lane holds every @marketplace-wide scenario');
  assert.deepEqual(plan.alone, ['c.feature:1']);
});

test('with a seat per lane: each lane has its own marketplace, the exclusive scenarios are spread, nothing runs alone', () => {
  const plan = planLanes(suite, 4, 9);
  assert.deepEqual(plan.together.map((lane) => lane.seat).sort(), [0, 1, 2, 3]);
  assert.deepEqual(plan.alone, []);
  const wideLanes = new Set(suite.filter((s) => s.tags.includes('@marketplace-wide')).map((s) => laneOf(plan, s.key)));
  assert.ok(wideLanes.size > 1, 'the @marketplace-wide scenarios no longer wait for one another');
  assert.equal(laneOf(plan, 'd.feature:1')?.seat, 0, 'the reader client reads the primary marketplace');
});

test('more lanes than seats: the lanes sharing the primary marketplace never run a scenario that needs a marketplace to itself', () => {
  const plan = planLanes(suite, 6, 2);
  for (const s of suite.filter((s) => s.tags.includes('@marketplace-wide') || s.tags.includes('@marketplace-account'))) {
    assert.equal(laneOf(plan, s.key)?.seat, 1, `${s.key} runs on the lane with its own marketplace`);
  }
  assert.equal(laneOf(plan, 'd.feature:1')?.seat, 0);
  assert.deepEqual(plan.alone, []);
});

test('lanes are balanced by steps and keep feature order inside', () => {
  const plan = planLanes(suite, 3, 9);
  const weights = plan.together.map((lane) => lane.keys.reduce((n, key) => n + suite.find((s) => s.key === key)!.steps, 0));
  assert.ok(Math.max(...weights) - Math.min(...weights) <= 9, `weights ${weights.join(', ')}`);
  for (const lane of plan.together) assert.deepEqual(lane.keys, [...lane.keys].sort((a, b) => suite.findIndex((s) => s.key === a) - suite.findIndex((s) => s.key === b)));
});

test('seats travel through the environment and the world parameters', () => {
  assert.deepEqual(readSeats(seatsInUse([3, 1, 3])), [0, 1, 3]);
  assert.deepEqual(readSeats({}), [0]);
  assert.equal(seatOf({ seat: 2 }), 2);
  assert.equal(seatOf({ seat: -1 }), 0);
  assert.equal(seatOf(undefined), 0);
});
