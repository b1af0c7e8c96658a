// `mskit self-check`: the kit proves it can pass (clean sandbox) and fail (every fault switch).
import { formatSelfCheck } from '../selfcheck/killMatrix.ts';
import { kitSelfCheck } from '../selfcheck/kitSelfCheck.ts';
import { parseWorkers } from './runCommand.ts';

export async function selfCheckCommand(options: { fault?: string[]; dialects?: boolean; parallel?: string }, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const report = await kitSelfCheck({
    faults: options.fault,
    dialects: options.dialects,
    parallel: parseWorkers(options.parallel),
    onProgress: (line) => out.write(`${line}\n`),
  });
  out.write(`\n${formatSelfCheck(report)}\n`);
  return report.ok ? 0 : 1;
}
