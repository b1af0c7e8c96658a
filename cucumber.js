// cucumber-js profiles of the kit. `mskit run` uses them through cucumber's JavaScript API;
// `npx cucumber-js [-p <profile>]` works too (docs/configuration.md, "Running cucumber directly").
//
// The steps are TypeScript, loaded by tsx. cucumber's own `--import tsx` does not work (it takes
// tsx for a support file); `NODE_OPTIONS='--import tsx'` does and parallel workers inherit it.
// When cucumber was started without it, this file registers tsx itself and sets NODE_OPTIONS for
// the workers it will fork, so that a plain `npx cucumber-js` works from the repository root.
const typescriptLoads = /tsx/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' '));
if (!typescriptLoads) {
  const { register } = await import('tsx/esm/api');
  register();
  process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --import tsx`.trim();
}

const reports = ['html:reports/cucumber.html', 'junit:reports/junit.xml', 'message:reports/messages.ndjson'];

const suite = {
  import: ['steps/**/*.ts'],
  paths: ['features/**/*.feature'],
  formatOptions: { snippetInterface: 'async-await', junit: { suiteName: 'mskit' } },
};

/** The whole suite against the target the environment names (the embedded sandbox by default). */
export default { ...suite, format: ['progress-bar', ...reports] };

/** The same for CI logs: plain progress dots instead of a redrawn bar. */
export const ci = { ...suite, format: ['progress', ...reports] };

/** Against the stateless Prism mock (MSKIT_TARGET=prism): only the scenarios that make sense there. */
export const prism = { ...suite, tags: '@stateless', format: ['progress', ...reports] };

/** The runtime's own end-to-end check: a few scenarios with the generic steps, no report files. */
export const smoke = { ...suite, paths: ['features/smoke/**/*.feature'], format: ['progress'] };
