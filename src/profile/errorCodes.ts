// The stable error code a step expects: a profile key (`kycReviewInProgress`) maps to the
// implementation's code; an upper-case name (`KYC_REVIEW_IN_PROGRESS`) is taken literally.
import { suggestKey } from '../config/suggestKey.ts';
import type { ErrorCodeKey, Profile } from './profile.ts';
import { ProfileError } from './profileError.ts';

export function errorCodeFor(profile: Profile, name: ErrorCodeKey | (string & {})): string {
  if (Object.hasOwn(profile.errors.codes, name)) return profile.errors.codes[name as ErrorCodeKey];
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return name;
  const known = Object.keys(profile.errors.codes);
  const suggestion = suggestKey(name, known);
  const hint = suggestion ? `did you mean "${suggestion}"?` : 'give a profile key under errors.codes or a literal code such as VALIDATION_FAILED';
  throw new ProfileError(`the expectation profile has no error code "${name}" (${hint})`);
}
