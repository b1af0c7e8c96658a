// What the profile expects a status to be in a situation: one code to report, and every code
// the check accepts (a situation may allow several answers, like Open Banking's asserts_one_of).
import { suggestKey } from '../config/suggestKey.ts';
import type { AlternativeSituation, Profile, Situation } from './profile.ts';
import { ProfileError } from './profileError.ts';

type KnownSituation = Situation | AlternativeSituation;

/** Every status code accepted in `situation`, its `statuses` code first. */
export function acceptedStatuses(profile: Profile, situation: KnownSituation | (string & {})): number[] {
  const single = Object.hasOwn(profile.statuses, situation) ? profile.statuses[situation as Situation] : undefined;
  const alternatives = Object.hasOwn(profile.acceptedStatuses, situation)
    ? (profile.acceptedStatuses[situation as KnownSituation] ?? [])
    : [];
  if (single === undefined && alternatives.length === 0) throw unknownSituation(profile, situation);
  return [...new Set(single === undefined ? alternatives : [single, ...alternatives])];
}

/** The status code expected in `situation` (the first accepted one where several are). */
export function statusFor(profile: Profile, situation: KnownSituation | (string & {})): number {
  return acceptedStatuses(profile, situation)[0];
}

function unknownSituation(profile: Profile, situation: string): ProfileError {
  const known = [...new Set([...Object.keys(profile.statuses), ...Object.keys(profile.acceptedStatuses)])];
  const suggestion = suggestKey(situation, known);
  const hint = suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}`;
  return new ProfileError(`the expectation profile has no status for situation "${situation}" (${hint})`);
}
