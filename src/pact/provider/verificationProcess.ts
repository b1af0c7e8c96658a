// The child process verifications run in (forked by src/pact/verify.ts): Pact's native verifier
// prints its report on this process's stdout, which the parent captures instead of showing.
// Protocol: the parent sends `{ runs }` once; the child verifies them one after the other (loading
// the kit and compiling the contracts once) and answers one `{ result }` or `{ error }` per run
// (the error in one line, never with a secret), then exits.
import { verifyInProcess, type VerificationOptions, type VerificationResult } from './verifyInProcess.ts';

export type RunReply = { result: VerificationResult } | { error: string };

export interface VerificationRequest {
  runs: VerificationOptions[];
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? 'unexpected error';
}

async function verifyEach(runs: VerificationOptions[]): Promise<RunReply[]> {
  const replies: RunReply[] = [];
  for (const run of runs) {
    try {
      replies.push({ result: await verifyInProcess(run) });
    } catch (error) {
      if (process.env.MSKIT_DEBUG === '1' && error instanceof Error) process.stderr.write(`${error.stack}\n`);
      replies.push({ error: oneLine(error) });
    }
  }
  return replies;
}

process.once('message', (request: VerificationRequest) => {
  void verifyEach(request.runs).then((replies) => process.send?.(replies, () => process.exit(0)));
});
