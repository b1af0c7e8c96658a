// Before a run against an implementation the kit did not start: does the token endpoint issue
// tokens to every configured client, and do the API (and the simulation API) answer like APIs?
// The API is told from another server's path by two answers the documents fix (as the profile
// states them): a caller without a token is refused as unauthenticated, and a seller that does not
// exist is a problem answer, not any 404.
// Each failure is one line naming what to check, instead of 150 scenarios failing the same way.
import { ApiClient, httpTransport, Redactor, TokenStore, transportSecrets, type ApiResponse, type ClientRole, type TokenStoreOptions } from '../client/index.ts';
import { mediaTypeOf } from '../client/transportFailure.ts';
import { acceptedStatuses, loadProfile, type Profile } from '../profile/index.ts';
import { TargetError } from './targetError.ts';
import { inProcessTransport } from './inProcessTargets.ts';
import type { WorkerTarget } from './workerTarget.ts';

const roleKeys: Record<ClientRole, string> = {
  primary: 'clientId/clientSecret',
  second: 'secondMarketplace.clientId/clientSecret',
  reader: 'readerClient.clientId/clientSecret',
};

export function tokenStoreFor(target: WorkerTarget, redactor: Redactor): TokenStore {
  const { primary, second, reader, pool } = target.clients;
  const clients: TokenStoreOptions['clients'] = { primary: { ...primary, configKeys: roleKeys.primary } };
  if (second) clients.second = { ...second, configKeys: roleKeys.second };
  if (reader) clients.reader = { ...reader, configKeys: roleKeys.reader };
  const seats = pool?.map((client, i) => ({ ...client, configKeys: `marketplacePool[${i}].clientId/clientSecret` }));
  for (const secret of transportSecrets(target.connection)) redactor.addSecret(secret);
  const transport = inProcessTransport(target.apiBaseUrl) ?? httpTransport(target.connection);
  return new TokenStore({ tokenUrl: target.tokenUrl, staticToken: target.staticToken, clients, pool: seats, tokenAuth: target.connection?.tokenAuth, transport, timeoutMs: target.requestTimeoutMs, redactor });
}

function judge(response: ApiResponse, clientId: string, configKey: string): void {
  const where = `${response.method} ${response.url}`;
  if (response.status >= 500) throw new TargetError(`target answered ${response.status} at ${where}: the target is failing; try again later or ask its operators`);
  if (response.status === 401) throw new TargetError(`target refused the token issued to client "${clientId}" (401) at ${where}: do tokenUrl and ${configKey} belong to the same environment?`);
  if (response.status === 403) throw new TargetError(`target forbids client "${clientId}" (403) at ${where}: does it have the marketplace:rw scope?`);
}

/** The probe's operation: its statuses may be the profile's own for this operation. */
const probeOperation = 'getSeller';

/**
 * Without a token, the MS API refuses as unauthenticated (interface §1-2): a 404 (or anything else
 * the profile does not declare for it) there means the base URL is not where the API is.
 */
function judgeAnonymous(response: ApiResponse, baseUrl: string, profile: Profile): void {
  const unauthenticated = acceptedStatuses(profile, 'unauthenticated', probeOperation);
  if (unauthenticated.includes(response.status)) return;
  const expected = unauthenticated.join(' or ');
  const what = `${baseUrl} is not the MS API: GET ${response.url} without a token answered ${response.status}, where the API refuses it as unauthenticated (${expected})`;
  const fix = response.status === 404 || response.status < 400
    ? 'check target.apiBaseUrl (the documented paths, e.g. /sellers/{id}, are relative to it)'
    : `check target.apiBaseUrl, or declare statuses.unauthenticated: ${response.status} in the profile if the API refuses so`;
  throw new TargetError(`${what}; ${fix}`);
}

/** A seller that does not exist is the API's not-found answer, a problem answer (interface §2), not any 404. */
function judgeUnknownSeller(response: ApiResponse, baseUrl: string, profile: Profile): void {
  const notFound = acceptedStatuses(profile, 'notFound', probeOperation);
  const mediaType = mediaTypeOf(response.headers['content-type']);
  const isProblem = mediaType === mediaTypeOf(profile.errors.contentType) && typeof response.body === 'object' && response.body !== null && !Array.isArray(response.body);
  if (notFound.includes(response.status) && isProblem) return;
  const answered = `${response.status} ${mediaType ?? 'without a content type'}`;
  throw new TargetError(
    `${baseUrl} is not the MS API: GET ${response.url}, a seller that does not exist, answered ${answered} instead of a ${notFound.join(' or ')} ${profile.errors.contentType} answer; check target.apiBaseUrl (or errors.contentType in the profile)`,
  );
}

export async function preflight(target: WorkerTarget): Promise<void> {
  const redactor = new Redactor();
  const tokens = tokenStoreFor(target, redactor);
  const roles = (['primary', 'second', 'reader'] as const).filter((role) => tokens.has(role));
  try {
    const base = { tokens, headers: target.headers, timeoutMs: target.requestTimeoutMs, redactor };
    const api = new ApiClient({ ...base, api: 'MS', baseUrl: target.apiBaseUrl, baseUrlKey: 'target.apiBaseUrl' });
    const probe = { method: 'GET', path: `/sellers/mskit-preflight-${target.runId}` };
    // First without a token: is anything answering there, and is it an API?
    const anonymous = await api.send({ ...probe, as: 'anonymous' });
    if (anonymous.status >= 500) judge(anonymous, target.clients.primary.clientId, 'target.apiBaseUrl');
    const profile = await loadProfile(target.profile);
    judgeAnonymous(anonymous, target.apiBaseUrl, profile);
    for (const role of roles) await tokens.tokenFor(role);
    // Every marketplace of the pool too: a wrong one is one line now, not a failure per scenario of its lane.
    await Promise.all(Array.from({ length: tokens.seats - 1 }, (_, i) => tokens.tokenFor('primary', i + 1)));
    const unknownSeller = await api.send(probe);
    judge(unknownSeller, target.clients.primary.clientId, 'target.apiBaseUrl');
    judgeUnknownSeller(unknownSeller, target.apiBaseUrl, profile);
    if (target.simulationBaseUrl) {
      const simulation = new ApiClient({ ...base, api: 'simulation', baseUrl: target.simulationBaseUrl, baseUrlKey: 'target.simulationBaseUrl' });
      const clock = await simulation.send({ method: 'GET', path: '/clock' });
      judge(clock, target.clients.primary.clientId, 'target.simulationBaseUrl');
      if (clock.status !== 200) throw new TargetError(`the simulation API answered ${clock.status} to GET ${clock.url}: check target.simulationBaseUrl (it must serve interface §6, e.g. GET /clock)`);
    }
    if (target.vouchersBaseUrl) {
      const vouchers = new ApiClient({ ...base, api: 'vouchers', baseUrl: target.vouchersBaseUrl, baseUrlKey: 'target.vouchersBaseUrl' });
      const answer = await vouchers.send({ method: 'POST', path: '/marketplace/orders', body: {} });
      if (answer.status >= 500) throw new TargetError(`target answered ${answer.status} at ${answer.method} ${answer.url}: the target is failing; try again later or ask its operators`);
    }
  } catch (error) {
    throw error instanceof TargetError ? error : new TargetError(redactor.text((error as Error).message));
  }
}
