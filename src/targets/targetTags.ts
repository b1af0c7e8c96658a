// Which scenarios make sense on a target: the Prism mock is stateless, so only `@stateless` ones.
import type { TargetKind } from '../config/index.ts';

export const statelessTag = '@stateless';

/** The tag expression to run on a target of `kind`, combined with the user's own (`--tags`). */
export function targetTagExpression(kind: TargetKind, userTags?: string): string | undefined {
  const wanted = [kind === 'prism' ? statelessTag : undefined, userTags?.trim() || undefined].filter((tag): tag is string => tag !== undefined);
  return wanted.length <= 1 ? wanted[0] : wanted.map((tag) => `(${tag})`).join(' and ');
}
