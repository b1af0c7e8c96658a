// An expectation profile the kit cannot use. Its message is one line naming the file, the key
// and the problem, printed as is by the command line (never a stack trace).
export class ProfileError extends Error {
  override name = 'ProfileError';
}
