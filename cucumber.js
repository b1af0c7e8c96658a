// cucumber-js profiles of the kit. `mskit run` uses them through cucumber's JavaScript API;
// `npx cucumber-js [-p <profile>]` works too (docs/configuration.md, "Running cucumber directly").
//
// The steps are TypeScript, loaded by tsx. cucumber's own `--import tsx` does not work (it takes
// tsx for a support file); `NODE_OPTIONS='--import tsx'` does and parallel workers inherit it.
// When cucumber was started without it, this file registers tsx itself and sets NODE_OPTIONS for
// the workers it will fork, so that a plain `npx cucumber-js` works from the repository root.
// The compiled kit (bin/mskit.js) loads compiled support files and needs no loader.
const typescriptLoads = /tsx/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
if (!typescriptLoads && !globalThis[Symbol.for('mskit.compiledKit')]) {
  const { register } = await import('tsx/esm/api');
  register();
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim();
}

// A direct run writes its files into cucumber-report/, never into reports/: that folder holds the
// sealed package `mskit run` writes (mskit run replaces these files with its own).
const reports = [
  'html:cucumber-report/cucumber.html',
  'junit:cucumber-report/junit.xml',
  'message:cucumber-report/messages.ndjson',
  // What did not pass, to run again: npx cucumber-js cucumber-report/@rerun.txt (cucumber reads an
  // argument whose file name starts with @ as a list of scenarios, before this run overwrites it).
  'rerun:cucumber-report/@rerun.txt',
];

// No `paths`: cucumber's default (features/**/*.feature) applies, so that feature files or folders
// named on the command line replace it instead of being added to it.
const suite = {
  import: ['steps/**/*.ts'],
  formatOptions: { snippetInterface: 'async-await', junit: { suiteName: 'mskit' } },
};

/** The whole suite against the target the environment names (the embedded sandbox by default). */
export default { ...suite, format: ['progress-bar', ...reports] };

/** The same for CI logs: one line per feature as it finishes, instead of a redrawn bar. */
export const ci = { ...suite, format: ['./src/cli/featureProgressFormatter.ts', ...reports] };

/** Against the stateless Prism mock (MSKIT_TARGET=prism): only the scenarios that make sense there. */
export const prism = { ...suite, tags: '@stateless', format: ['progress', ...reports] };

/** The runtime's own end-to-end check: a few scenarios with the generic steps, no report files. */
export const smoke = { ...suite, paths: ['features/smoke/**/*.feature'], format: ['progress'] };
