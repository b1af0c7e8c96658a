// A configuration the kit cannot use. Its message is one line naming the key and the problem,
// printed as is by the command line (never a stack trace).
export class ConfigError extends Error {
  override name = 'ConfigError';
}
