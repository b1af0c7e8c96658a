// The reference sandbox speaks the target's declared dialect: the behaviours its profile chose
// among a catalogue assumption's alternatives (registration dates optional, resubmission keeping
// validated parts…). How answers are shaped (ids, envelopes, lists, statuses) is read through the
// profile instead, so the reference keeps the plain shapes and the comparison stays normative.
import { dialectProfile } from '../../mocks/sandbox/dialectProfile.ts';
import { dialects } from '../../mocks/sandbox/dialects.ts';
import type { Profile } from '../profile/index.ts';

export function referenceDialects(profile: Profile): string[] {
  return dialects
    .filter((dialect) => 'profile' in dialect)
    .filter((dialect) => {
      const declared = (dialectProfile([dialect.name]).assumptions ?? {}) as Record<string, string>;
      const entries = Object.entries(declared);
      return entries.length > 0 && entries.every(([rule, alternative]) => profile.assumptions[rule] === alternative);
    })
    .map((dialect) => dialect.name);
}
