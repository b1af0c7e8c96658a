// cucumber passes a doc string as an extra last argument only when the step has one, and checks
// the function's arity against the argument count. A step whose body is optional therefore takes
// the callback form when cucumber appends its callback instead of a doc string.
type Done = (error?: unknown) => void;

export function withOptionalDocString<W, A extends unknown[]>(arity: number, body: (this: W, args: A, docString: string | undefined) => Promise<void>) {
  const run = function (this: W, ...given: unknown[]): Promise<void> | void {
    const last = given[arity];
    if (typeof last === 'function') {
      body.call(this, given.slice(0, arity) as A, undefined).then(() => (last as Done)(), (error: unknown) => (last as Done)(error));
      return;
    }
    return body.call(this, given.slice(0, arity) as A, last as string | undefined);
  };
  // cucumber reads `length`: the parameters plus the doc string (or the callback).
  Object.defineProperty(run, 'length', { value: arity + 1 });
  return run;
}
