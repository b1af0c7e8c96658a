// `mskit verify-report [dir]`: is this report package exactly what the run wrote?
import { resolve } from 'node:path';
import { verifyManifest } from '../report/manifest.ts';

export async function verifyReportCommand(dir: string | undefined, out: NodeJS.WritableStream = process.stdout): Promise<number> {
  const folder = dir ?? 'reports';
  const check = await verifyManifest(resolve(folder));
  if (check.ok) {
    out.write(`${folder}: OK — every file matches the manifest of ${check.runId}\n`);
    return 0;
  }
  for (const path of check.changed) out.write(`changed: ${path}\n`);
  for (const path of check.missing) out.write(`missing: ${path}\n`);
  for (const path of check.added) out.write(`added: ${path}\n`);
  if (check.runMismatch) out.write(`mixed runs: ${check.runMismatch}\n`);
  out.write(`${folder}: NOT OK — the package differs from what ${check.runId} wrote\n`);
  return 1;
}
