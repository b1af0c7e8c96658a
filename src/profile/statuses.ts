// What the profile expects a status to be in a situation: one code to report, and every code
// the check accepts (a situation may allow several answers, like Open Banking's asserts_one_of).
// A situation's status may differ for one operation (operationStatuses).
import { suggestKey } from '../config/suggestKey.ts';
import { situations, type AlternativeSituation, type Profile, type Situation } from './profile.ts';
import { ProfileError } from './profileError.ts';

type KnownSituation = Situation | AlternativeSituation;

function singleStatus(profile: Profile, situation: string, operationId: string | undefined): number | undefined {
  const forOperation = operationId === undefined ? undefined : profile.operationStatuses[operationId]?.[situation as Situation];
  if (forOperation !== undefined) return forOperation;
  return Object.hasOwn(profile.statuses, situation) ? profile.statuses[situation as Situation] : undefined;
}

/** Every status code accepted in `situation` (for `operationId` when given), its `statuses` code first. */
export function acceptedStatuses(profile: Profile, situation: KnownSituation | (string & {}), operationId?: string): number[] {
  const single = singleStatus(profile, situation, operationId);
  const alternatives = Object.hasOwn(profile.acceptedStatuses, situation)
    ? (profile.acceptedStatuses[situation as KnownSituation] ?? [])
    : [];
  if (single === undefined && alternatives.length === 0) throw unknownSituation(profile, situation);
  return [...new Set(single === undefined ? alternatives : [single, ...alternatives])];
}

/** The status code expected in `situation` (the first accepted one where several are). */
export function statusFor(profile: Profile, situation: KnownSituation | (string & {}), operationId?: string): number {
  return acceptedStatuses(profile, situation, operationId)[0]!;
}

/**
 * The status under which the contract describes an answer the target gave with `status`: the
 * contracts key responses by interface §2's statuses (the default profile), so an answer in a
 * situation the profile moved (created: 200) is read as that situation's default status (201).
 */
export function contractStatusFor(profile: Profile, defaults: Profile, operationId: string, status: number, declared: readonly string[]): number {
  if (declared.includes(String(status))) {
    const movedAway = situations.some((situation) => defaults.statuses[situation] === status && statusFor(profile, situation, operationId) !== status);
    if (!movedAway) return status;
  }
  for (const situation of situations) {
    if (statusFor(profile, situation, operationId) !== status) continue;
    const interfaceStatus = defaults.statuses[situation];
    if (declared.includes(String(interfaceStatus))) return interfaceStatus;
  }
  return status;
}

function unknownSituation(profile: Profile, situation: string): ProfileError {
  const known = [...new Set([...Object.keys(profile.statuses), ...Object.keys(profile.acceptedStatuses)])];
  const suggestion = suggestKey(situation, known);
  const hint = suggestion ? `did you mean "${suggestion}"?` : `known: ${known.join(', ')}`;
  return new ProfileError(`the expectation profile has no status for situation "${situation}" (${hint})`);
}
