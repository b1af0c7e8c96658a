// The `mskit` command line. Subcommands are loaded only when chosen, so `mskit verify-report` on an
// approver's machine never loads cucumber or starts anything. Every failure ends as one line on
// stderr (`mskit: …`) with exit code 2; a stack trace only with MSKIT_DEBUG=1.
import './nativeMatchIndices.ts';
import { Command, CommanderError, Option } from 'commander';
import { reportError } from './errorLine.ts';

const collect = (value: string, previous: string[] = []) => [...previous, value];

function buildProgram(setExit: (code: number) => void): Command {
  const program = new Command('mskit')
    .description('Conformance kit for the Marketplace Services API')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`mskit: ${text.replace(/^error:\s*/, '').trimEnd()} (see mskit --help)\n`) });

  // Listed for --help; answered in main() before parsing (it needs no subcommand).
  program.option('-V, --version', 'print the kit version (and its git commit) and exit');

  program
    .command('run')
    .description('run the conformance suite against a target and write the sign-off report package')
    .addOption(new Option('--target <kind>', 'where to run: sandbox (default), prism, url or container'))
    .option('--config <file>', 'run configuration (YAML); MSKIT_* environment variables win over it')
    .argument('[features...]', 'only these feature files or folders (file:line for one scenario), as cucumber-js takes them')
    .option('--tags <expression>', 'cucumber tag expression selecting scenarios, e.g. "@TRX-REFUND-AFTER-PAYMENT"')
    .option('--name <regex>', 'only scenarios whose name matches (repeatable), as cucumber-js --name', collect)
    .option('--rerun', 'run again the scenarios that failed in the last run from this folder (.mskit/@rerun.txt)')
    .option('--parallel <workers>', 'run this many scenarios at once (default: 9 on the sandbox, 16 on a url target, 6 on a container, serial on Prism; 0: serial)')
    .option('--shard <K/N>', 'run only the K-th of N balanced shares of the selected scenarios (CI runners; join them with mskit report merge)')
    .option('--profile <file>', 'expectation profile (status codes, error codes, webhook envelope)')
    .option('--deviations <file>', "the approver's accepted deviations (YAML list of { rule, justification })")
    .option('--fault <name>', 'sandbox target only: switch a fault on (repeatable)', collect)
    .option('--dialect <name>', 'sandbox target only: speak a dialect, a legal variation, with --profile declaring it (repeatable; all for every one)', collect)
    .option('--image <name>', 'container target only: the implementation image to start (or MSKIT_CONTAINER_IMAGE)')
    .option('--reports <dir>', 'where to write the reports', 'reports')
    .option('--name-of-run <text>', 'a label for this run in the sign-off report')
    .option('--implementation <label>', 'the implementation tested, name and version (required on url and container targets), e.g. "acme-ms 4.2.1"')
    .option('--signing-key <pem>', 'seal the report package with this Ed25519 private key (or MSKIT_SIGNING_KEY_FILE; make one with mskit keygen)')
    .addOption(new Option('--evidence <level>', 'evidence kept for passing scenarios (failures always keep all of it)').choices(['brief', 'full']).default('brief'))
    .option('--clean', 'empty the reports folder first even when it holds files the kit did not write')
    .action(async (features: string[], options) => setExit(await (await import('./runCommand.ts')).runCommand({ ...options, features })));

  program
    .command('verify-report')
    .description("check a report package: its files against the manifest's SHA-256 hashes, and the signer's seal")
    .argument('[dir]', 'the report folder', 'reports')
    .option('--public-key <pem>', "the signer's Ed25519 public key: checks manifest.sig (without it, only the hashes are compared)")
    .option('--approver-key <pem>', "the approver's public key: checks approval.sig when the package carries an approval")
    .action(async (dir: string, options) => setExit(await (await import('./verifyReportCommand.ts')).verifyReportCommand(dir, options)));

  program
    .command('keygen')
    .description('make an Ed25519 key pair to seal report packages (mskit run --signing-key) or sign approvals')
    .option('--out <name>', 'writes <name>.pem (private, mode 600) and <name>.pub.pem (public)', 'mskit-signing-key')
    .action(async (options) => setExit(await (await import('./keygenCommand.ts')).keygenCommand(options)));

  program
    .command('approve')
    .description("record the approver's decision on a report package, signed with the approver's key (approval.json + approval.sig beside it)")
    .option('--reports <dir>', 'the report folder', 'reports')
    .requiredOption('--name <name>', 'who approves')
    .requiredOption('--decision <decision>', 'approved, approved-with-reservations or rejected')
    .option('--date <YYYY-MM-DD>', 'the date of the decision (default: today)')
    .option('--comment <text>', 'reservations, conditions, reasons')
    .option('--signing-key <pem>', "the approver's Ed25519 private key (or MSKIT_SIGNING_KEY_FILE)")
    .option('--public-key <pem>', "the package signer's public key: the seal is checked before approving")
    .action(async (options) => setExit(await (await import('./approveCommand.ts')).approveCommand(options)));

  program
    .command('explore')
    .description('run random but valid journeys on the target and on the embedded sandbox side by side; a difference is shrunk and written as a scenario')
    .addOption(new Option('--target <kind>', 'where to run: sandbox (default), prism, url or container'))
    .option('--config <file>', 'run configuration (YAML); MSKIT_* environment variables win over it')
    .option('--profile <file>', "the target's expectation profile: the reference speaks the dialect it declares")
    .option('--fault <name>', 'sandbox target only: switch a fault on (repeatable)', collect)
    .option('--dialect <name>', 'sandbox target only: speak a dialect, with --profile declaring it (repeatable; all for every one)', collect)
    .option('--seed <n>', 'seed of the journeys (printed at start; the same seed gives the same journeys)')
    .option('--steps <n>', 'step budget', '2000')
    .option('--max-time <duration>', 'time budget, e.g. 90s, 15m, 8h', '10m')
    .option('--out <dir>', "where a finding's scenario and evidence go", 'reports/explore')
    .action(async (options) => setExit(await (await import('./exploreCommand.ts')).exploreCommand(options)));

  program
    .command('report')
    .description('report packages')
    .command('merge')
    .description("join the report packages of a run's shards (mskit run --shard K/N) into one package: one verdict, one manifest")
    .argument('<dirs...>', "the shards' report folders")
    .option('--reports <dir>', 'where to write the merged package', 'reports')
    .option('--config <file>', 'the run configuration the shards ran with (for the profile and deviations)')
    .option('--profile <file>', 'the expectation profile the shards ran with')
    .option('--deviations <file>', 'the accepted deviations the shards ran with')
    .option('--name-of-run <text>', 'a label for the run in the sign-off report (default: the shards\' label)')
    .option('--signing-key <pem>', 'seal the merged package with this Ed25519 private key (or MSKIT_SIGNING_KEY_FILE)')
    .addOption(new Option('--evidence <level>', 'evidence kept for passing scenarios, as the shards ran').choices(['brief', 'full']).default('brief'))
    .option('--clean', 'empty the reports folder first even when it holds files the kit did not write')
    .action(async (dirs: string[], options) =>
      setExit(await (await import('./reportMergeCommand.ts')).reportMergeCommand(dirs, { ...options, signingKey: options.signingKey ?? process.env.MSKIT_SIGNING_KEY_FILE })),
    );

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

/** `mskit --version`: read only when asked, its commit costs a git call the other commands do not need. */
async function printVersion(): Promise<void> {
  const { name, version, commit, modified } = await (await import('../report/provenance.ts')).kitProvenance();
  process.stdout.write(`${name} ${version}${commit === 'unknown' ? '' : ` (commit ${commit}${modified ? ', modified' : ''})`}\n`);
}

export async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    await printVersion();
    return 0;
  }
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
