// A target the kit cannot reach or start. Its message is one line saying what is wrong and what
// to do; the command line prints it as is and exits non-zero.
export class TargetError extends Error {
  override name = 'TargetError';
}
