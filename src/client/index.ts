export { ApiClient, ContractViolationError, joinUrl } from './apiClient.ts';
export type { ApiClientOptions, ApiRequest, ApiResponse, ContractChecker } from './apiClient.ts';
export type { Caller, Exchange, ExchangeListener } from './exchange.ts';
export { readPointer } from './jsonPointer.ts';
export { TokenStore } from './oauthTokens.ts';
export type { ClientRole, RoleCredentials, TokenStoreOptions } from './oauthTokens.ts';
export { elided, redacted, Redactor } from './redaction.ts';
export { describeFetchFailure, parseAnswerBody, TransportError } from './transportFailure.ts';
