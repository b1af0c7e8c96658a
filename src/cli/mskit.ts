// The `mskit` command line. Subcommands are loaded only when chosen, so `mskit verify-report` on an
// approver's machine never loads cucumber or starts anything. Every failure ends as one line on
// stderr (`mskit: …`) with exit code 2; a stack trace only with MSKIT_DEBUG=1.
import { Command, CommanderError, Option } from 'commander';
import { reportError } from './errorLine.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mskit')
    .description('Conformance kit for the Marketplace Services API')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`mskit: ${text.replace(/^error:\s*/, '').trimEnd()} (see mskit --help)\n`) });

  program
    .command('run')
    .description('run the conformance suite against a target and write the sign-off report package')
    .addOption(new Option('--target <kind>', 'where to run: sandbox (default), prism, url or container'))
    .option('--config <file>', 'run configuration (YAML); MSKIT_* environment variables win over it')
    .option('--tags <expression>', 'cucumber tag expression selecting scenarios, e.g. "@TRX-REFUND-AFTER-PAYMENT"')
    .option('--parallel <workers>', 'run scenarios in this many worker processes')
    .option('--profile <file>', 'expectation profile (status codes, error codes, webhook envelope)')
    .option('--deviations <file>', "the approver's accepted deviations (YAML list of { rule, justification })")
    .option('--fault <name>', 'sandbox target only: switch a fault on (repeatable)', collect)
    .option('--dialect <name>', 'sandbox target only: speak a dialect, a legal variation, with --profile declaring it (repeatable; all for every one)', collect)
    .option('--reports <dir>', 'where to write the reports', 'reports')
    .option('--name-of-run <text>', 'a label for this run in the sign-off report')
    .action(async (options) => setExit(await (await import('./runCommand.ts')).runCommand(options)));

  program
    .command('verify-report')
    .description("check a report package against its manifest's SHA-256 hashes")
    .argument('[dir]', 'the report folder', 'reports')
    .action(async (dir: string) => setExit(await (await import('./verifyReportCommand.ts')).verifyReportCommand(dir)));

  program
    .command('steps')
    .description('list every step definition with an example of its use in the features')
    .option('--markdown', 'write the catalogue to docs/steps.md instead')
    .action(async (options) => setExit(await (await import('./stepsCommand.ts')).stepsCommand(options)));

  program
    .command('self-check')
    .description('prove the kit both ways: the suite passes on the clean sandbox and on every dialect (legal variation), and every sandbox fault makes a scenario fail')
    .option('--fault <name>', 'check only this fault (repeatable)', collect)
    .option('--no-dialects', 'skip the dialect matrix and the faults with all dialects on')
    .option('--parallel <workers>', 'workers for the serial-vs-parallel comparison (0 skips it)', '2')
    .action(async (options) => setExit(await (await import('./selfCheckCommand.ts')).selfCheckCommand(options)));

  program
    .command('pact')
    .description('Pact contracts')
    .command('verify')
    .description('verify the pact files against a target')
    .allowUnknownOption()
    .helpOption(false)
    .argument('[args...]')
    .action(async (args: string[]) => setExit(await (await import('./pactCommand.ts')).pactVerifyCommand(args)));

  return program;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  const program = buildProgram((code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not failures; usage mistakes were already printed as one line.
      return error.exitCode === 0 ? 0 : 2;
    }
    reportError(error);
    return 2;
  }
}

// A crash outside any awaited path (a server callback, a stray rejection) still ends as one line.
// While step code runs, cucumber listens too and turns the error into that step's failure: then the
// run goes on.
process.on('uncaughtException', (error) => {
  if (process.listenerCount('uncaughtException') > 1) return;
  reportError(error);
  process.exit(2);
});

// Exit explicitly: a keep-alive socket or a timer left by a target must not keep the command hanging.
process.exit(await main(process.argv.slice(2)));
