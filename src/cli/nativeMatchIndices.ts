// cucumber-expressions finds where each step argument starts with the `regexp-match-indices`
// package, whose feature check (a regular expression without the `d` flag) never sees Node's own
// match indices: every matched step then rebuilds its expression with regexp-tree, about a third of
// a second of each run. Node 20 has match indices (the `d` flag): the package is given a native
// equivalent before cucumber loads it: imported first by the command line, since Node runs the
// CommonJS packages an ES module imports before that module's own imports.
import { createRequire, Module } from 'node:module';

const fromKit = createRequire(import.meta.url);
const fromExpressions = createRequire(createRequire(fromKit.resolve('@cucumber/cucumber')).resolve('@cucumber/cucumber-expressions'));
/** The file cucumber-expressions loads. */
export const matchIndicesFile = fromExpressions.resolve('regexp-match-indices');

const measuring = new WeakMap<RegExp, RegExp>();

/** The package's `exec(regexp, text)`: the match with `indices`, `regexp.lastIndex` kept as exec keeps it. */
export function execWithIndices(regexp: RegExp, text: string): RegExpExecArray | null {
  // cucumber tries every step definition on every step: most do not match, and a plain test (which
  // leaves lastIndex alone without the g and y flags) says so without computing any index.
  if (!regexp.global && !regexp.sticky && !regexp.test(text)) return null;
  let withIndices = measuring.get(regexp);
  if (!withIndices) measuring.set(regexp, (withIndices = regexp.hasIndices ? regexp : new RegExp(regexp.source, `${regexp.flags}d`)));
  withIndices.lastIndex = regexp.lastIndex;
  const match = withIndices.exec(text);
  regexp.lastIndex = withIndices.lastIndex;
  return match;
}

if (!fromKit.cache[matchIndicesFile]) {
  const module = new Module(matchIndicesFile);
  module.filename = matchIndicesFile;
  module.exports = execWithIndices;
  module.loaded = true;
  fromKit.cache[matchIndicesFile] = module;
}
