// Error codes are the implementation's own (interface §8). A step names the *situation* of an error
// (`kycReviewInProgress`); the profile may declare the codes the implementation answers in it, and
// otherwise no name is asserted. An upper-case name (`KYC_REVIEW_IN_PROGRESS`) is a literal code a
// QA writer asserts for one implementation.
import { suggestKey } from '../config/suggestKey.ts';
import { errorCodeKeys, type ErrorCodeKey, type Profile } from './profile.ts';
import { ProfileError } from './profileError.ts';

export type CodeExpectation =
  | { kind: 'situation'; situation: ErrorCodeKey; declared?: readonly string[] }
  | { kind: 'literal'; code: string };

export function codeExpectation(profile: Profile, name: string): CodeExpectation {
  if ((errorCodeKeys as readonly string[]).includes(name)) {
    const situation = name as ErrorCodeKey;
    return { kind: 'situation', situation, declared: profile.errors.codes[situation] };
  }
  if (/^[A-Z][A-Z0-9_]*$/.test(name)) return { kind: 'literal', code: name };
  const suggestion = suggestKey(name, [...errorCodeKeys]);
  const hint = suggestion ? `did you mean "${suggestion}"?` : 'give an error situation such as validationFailed, or a literal code such as VALIDATION_FAILED';
  throw new ProfileError(`"${name}" is not an error situation of the expectation profile (${hint})`);
}
