// Every failure of the command line ends as one line: `mskit: <what is wrong and what to do>`.
// The stack is only for the kit's developers (MSKIT_DEBUG=1).

function firstLineOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').find((line) => line.trim() !== '')?.trim() ?? '';
}

export function errorLine(error: unknown): string {
  const first = firstLineOf(error) || 'unexpected error';
  // Libraries wrap the useful part ("failed to load" … because of what?) in `cause`.
  const cause = error instanceof Error && error.cause !== undefined ? firstLineOf(error.cause) : '';
  return `mskit: ${first.replace(/^mskit:\s*/, '')}${cause && !first.includes(cause) ? `: ${cause}` : ''}`;
}

export function reportError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): void {
  if (process.env.MSKIT_DEBUG === '1' && error instanceof Error && error.stack) stderr.write(`${error.stack}\n`);
  else stderr.write(`${errorLine(error)}\n`);
}
