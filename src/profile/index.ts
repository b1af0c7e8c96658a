// The expectation profile: what may differ between implementations, and how steps read it.
export { loadProfile, defaultProfilePath } from './loadProfile.ts';
export { statusFor, acceptedStatuses } from './statuses.ts';
export { errorCodeFor } from './errorCodes.ts';
export { ProfileError } from './profileError.ts';
export { situations, alternativeSituations, errorCodeKeys } from './profile.ts';
export type { Profile, Situation, AlternativeSituation, ErrorCodeKey } from './profile.ts';
