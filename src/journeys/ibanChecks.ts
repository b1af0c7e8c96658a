// An IBAN a target answers, judged as the profile says: the stated rule (ISO 13616, mod-97) must
// hold; the national checks are advice, unless the profile declares them required (interface §8).
import { iso13616Failure, nationalCheckFailures } from '../contract/index.ts';
import type { Profile } from '../profile/index.ts';

export interface IbanVerdict {
  /** What fails the IBAN. */
  failures: string[];
  /** What a stricter check than the rule's found, reported without failing. */
  advice: string[];
}

export function judgeIban(iban: unknown, nationalCheck: Profile['formats']['ibanNationalCheck']): IbanVerdict {
  const failure = iso13616Failure(iban);
  if (failure) return { failures: [failure], advice: [] };
  const national = nationalCheckFailures(iban as string);
  return nationalCheck === 'required' ? { failures: national, advice: [] } : { failures: [], advice: national };
}
