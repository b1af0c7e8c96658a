#!/usr/bin/env node
// Launcher of the `mskit` command: runs src/cli/mskit.ts under tsx (the kit has no build step).
// tsx is resolved from the kit's own dependencies, so the command works from any directory; the
// child inherits the loader, and so do cucumber's parallel workers.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../src/cli/mskit.ts', import.meta.url));
const tsx = import.meta.resolve('tsx');

const child = spawn(process.execPath, ['--import', tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => {
  if (signal) process.kill(process.pid, signal);
  else process.exit(code ?? 1);
});
