// The run prefix of scenario ids comes from the target's run id, shared by all workers of a run.
// One process may run cucumber several times against the same target (the self-check does): a
// run id this process already used gets a fresh one, so ids of two runs never collide.
import { randomBytes } from 'node:crypto';

const used = new Set<string>();

export function newRunIdFor(runId: string): string {
  const chosen = used.has(runId) ? randomBytes(3).toString('hex') : runId;
  used.add(chosen);
  return chosen;
}
