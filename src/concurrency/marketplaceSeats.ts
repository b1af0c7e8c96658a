// Which marketplaces a run's lanes use (src/concurrency/laneScheduler.ts): the kit runtime registers its
// webhook receiver with each, and each scenario acts as its lane's marketplace.
export const seatsVariable = 'MSKIT_MARKETPLACE_SEATS';

export function seatsInUse(seats: readonly number[]): Record<string, string> {
  return { [seatsVariable]: [...new Set([0, ...seats])].sort((a, b) => a - b).join(',') };
}

/** The seats this process's scenarios use; the primary marketplace alone when none were given. */
export function readSeats(env: NodeJS.ProcessEnv): number[] {
  const seats = (env[seatsVariable] ?? '0').split(',').map(Number).filter((seat) => Number.isInteger(seat) && seat >= 0);
  return [...new Set([0, ...seats])];
}

/** A scenario's seat, from its world parameters (a lane's). */
export function seatOf(parameters: unknown): number {
  const seat = (parameters as { seat?: unknown } | undefined)?.seat;
  return typeof seat === 'number' && Number.isInteger(seat) && seat >= 0 ? seat : 0;
}
