// Dates of a scenario on the marketplace's virtual clock (interface §6): "in 3 days" counts from the
// day the scenario first asked the clock, never from the machine's clock. A date is reached at
// 00:00:00 UTC of that day (the MS contract's convention).
import { ExpectationError, type KitWorld } from '../world/index.ts';

// An object without id fields, so that the memory does not take the date for a resource of the scenario.
const startDayKey = 'cash calendar';

interface ScenarioCalendar {
  startDay: string;
}

async function startDay(world: KitWorld): Promise<string> {
  if (world.isRemembered(startDayKey)) return world.recall<ScenarioCalendar>(startDayKey).startDay;
  const now = await world.simulation.now();
  const instant = /^\d{4}-\d{2}-\d{2}/.test(now) ? Date.parse(now) : Number.NaN;
  if (Number.isNaN(instant)) throw new ExpectationError(`the simulation clock answered "${now}", not an ISO 8601 time`);
  // The UTC day: a clock may answer in any offset (ISO 8601), the scenario's dates are UTC days.
  const calendar: ScenarioCalendar = { startDay: new Date(instant).toISOString().slice(0, 10) };
  world.remember(startDayKey, calendar);
  return calendar.startDay;
}

/** `YYYY-MM-DD`, `days` after the scenario's first day. */
export async function dayFromStart(world: KitWorld, days: number): Promise<string> {
  const date = new Date(`${await startDay(world)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Moves the marketplace's clock to 00:00 UTC of the scenario's day `days`: what falls due by then runs. */
export async function reachDay(world: KitWorld, days: number): Promise<void> {
  await world.simulation.advanceClock(`${await dayFromStart(world, days)}T00:00:00Z`);
}
