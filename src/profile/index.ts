// The expectation profile: what may differ between implementations, and how steps read it.
export { loadProfile, defaultProfilePath } from './loadProfile.ts';
export { statusFor, acceptedStatuses } from './statuses.ts';
export { codeExpectation } from './errorCodes.ts';
export type { CodeExpectation } from './errorCodes.ts';
export { listItems, ListShapeError } from './lists.ts';
export { contractStatusFor } from './statuses.ts';
export { ProfileError } from './profileError.ts';
export { situations, alternativeSituations, errorCodeKeys } from './profile.ts';
export type { Profile, Situation, AlternativeSituation, ErrorCodeKey } from './profile.ts';
