// The project's test command: type-check, then every test/**/*.test.ts under node's test runner.
// Node 20's --test does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const only = process.argv.slice(2);
if (only.length === 0) run('npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
const files = only.length > 0 ? only : testFiles('test').sort();
run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files]);
