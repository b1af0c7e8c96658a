// Requests a scenario sends as someone else than the seller's marketplace (interface §1–§2): with no
// token, a forged one, a reader's token without marketplace:rw, or another marketplace's. Each is
// named in the scenario's words, and can be replayed on a seller that does not exist to compare.
import type { ApiRequest, ApiResponse, Caller } from '../client/index.ts';
import { readPointer } from '../client/index.ts';
import { ExpectationError, kitRuntime, type KitWorld } from '../world/index.ts';
import { contactPayload } from './contactPayloads.ts';
import { getSeller, legalRepresentative, partyPath, sellerPath, type SellerDossier } from './onboarding.ts';
import { sellerPayload } from './sellerPayloads.ts';

/** Builds the request for a seller; `unusedId` makes an id nothing was ever given. */
type RequestBuilder = (dossier: SellerDossier, unusedId: () => string) => Omit<ApiRequest, 'as'>;

const requests: Record<string, RequestBuilder> = {
  'reads the seller': (dossier) => ({ method: 'GET', path: sellerPath(dossier) }),
  // Another name than the stored one, so that a write that was stored shows.
  'saves the seller': (dossier) => ({ method: 'PUT', path: sellerPath(dossier), body: { ...sellerPayload('FR'), legalEntityName: 'Written By An Unauthorised Caller SARL' } }),
  'adds a contact to the seller': (dossier) => ({ method: 'POST', path: `${sellerPath(dossier)}/contacts`, body: contactPayload() }),
  'deletes the legal representative': (dossier) => ({ method: 'DELETE', path: partyPath(dossier, { kind: 'contact', name: legalRepresentative }) }),
  "asks for the seller's KYC assessment": (dossier) => ({ method: 'POST', path: `${sellerPath(dossier)}/_assess-kyc` }),
  'lists the transactions': () => ({ method: 'GET', path: '/transactions' }),
  'reads a seller that does not exist': (_dossier, unusedId) => ({ method: 'GET', path: `/sellers/${unusedId()}` }),
  'changes a contact that does not exist': (dossier, unusedId) => ({ method: 'PATCH', path: `${sellerPath(dossier)}/contacts/${unusedId()}`, body: { lastName: 'Durand' } }),
  'deletes a document that does not exist': (dossier, unusedId) => ({ method: 'DELETE', path: `${sellerPath(dossier)}/documents/${unusedId()}` }),
};

/** The phrases a scenario can use after a caller: `an anonymous caller reads the seller`. */
export const sellerRequestPhrases = Object.keys(requests);

export interface SentRequest {
  phrase: string;
  caller: Caller;
  request: ApiRequest;
}

const lastSentKey = 'last request sent for the seller';
const viewBeforeKey = 'seller view before the request';

export async function sendSellerRequest(world: KitWorld, dossier: SellerDossier, phrase: string, caller: Caller): Promise<ApiResponse> {
  const build = requests[phrase];
  if (!build) throw new ExpectationError(`"${phrase}" is not a request the suite knows (known: ${sellerRequestPhrases.join(', ')})`);
  const request = { ...build(dossier, () => world.ids.next()), as: caller };
  world.remember(lastSentKey, { phrase, caller, request } satisfies SentRequest);
  // "Nothing changes" after a refused request is judged against the seller as its marketplace read it just before.
  if (world.isRemembered('current seller')) {
    const before = await getSeller(world, dossier);
    if (before.status < 300) world.remember(viewBeforeKey, before.body);
  }
  return world.api.send(request);
}

/** The seller reads exactly as it did just before the scenario's last request about it: a refused write left every field, status and list as it was. */
export async function expectSellerUnchanged(world: KitWorld, dossier: SellerDossier): Promise<void> {
  const before = world.recall<unknown>(viewBeforeKey, 'seller view');
  const now = (await getSeller(world, dossier)).body;
  const differences = jsonDifferences(before, now);
  if (differences.length > 0) throw new ExpectationError(`the seller changed although the request was refused: ${differences.slice(0, 5).join('; ')}${differences.length > 5 ? ` (and ${differences.length - 5} more)` : ''}`);
}

/** Where two JSON values differ, as `path: before → now` (arrays compared item by item). */
function jsonDifferences(before: unknown, now: unknown, path = ''): string[] {
  if (before !== null && now !== null && typeof before === 'object' && typeof now === 'object' && Array.isArray(before) === Array.isArray(now)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
    return [...keys].flatMap((key) => jsonDifferences((before as Record<string, unknown>)[key], (now as Record<string, unknown>)[key], path ? `${path}.${key}` : key));
  }
  return JSON.stringify(before) === JSON.stringify(now) ? [] : [`${path || '(the whole seller)'}: ${JSON.stringify(before) ?? 'absent'} → ${JSON.stringify(now) ?? 'absent'}`];
}

/**
 * interface §1: another marketplace's resource "answers exactly like a resource that does not
 * exist". The same request on an id nobody used must get the same status and error code.
 */
export async function expectAnsweredAsUnknown(world: KitWorld): Promise<void> {
  const answered = world.lastResponse;
  world.expectStatus('notFound');
  const sent = world.recall<SentRequest>(lastSentKey, 'request');
  const unknown: SellerDossier = { merchantSellerId: world.ids.next(), owner: 'primary', country: 'FR', bankIban: '', bankAccountName: '', contacts: { [legalRepresentative]: world.ids.next() }, documents: {} };
  const build = requests[sent.phrase]!;
  const reference = await world.api.send({ ...build(unknown, () => world.ids.next()), as: sent.caller });
  const pointer = world.profile.errors.codePointer;
  const code = (response: ApiResponse) => readPointer(response.body, pointer);
  if (answered.status !== reference.status || code(answered) !== code(reference)) {
    throw new ExpectationError(
      `${sent.phrase} on another marketplace's seller answered ${answered.status} ${String(code(answered) ?? '')}, but on a seller that does not exist ${reference.status} ${String(code(reference) ?? '')}: the two must be indistinguishable`,
    );
  }
}

export interface TokenAnswer {
  status: number;
  body: Record<string, unknown>;
}

/**
 * interface §1: `POST {tokenUrl}` with the client credentials. Undefined when the target takes any
 * bearer (no token URL). The token itself is redacted at once and never kept.
 */
export async function requestClientCredentialsToken(): Promise<TokenAnswer | undefined> {
  const runtime = kitRuntime();
  const { tokenUrl, clients } = runtime.target;
  if (!tokenUrl) return undefined;
  const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clients.primary.clientId, client_secret: clients.primary.clientSecret, scope: clients.primary.scope ?? 'marketplace:rw' });
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: form,
    signal: AbortSignal.timeout(runtime.target.requestTimeoutMs),
  });
  const text = await response.text();
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new ExpectationError(`the token endpoint answered ${response.status} with a body that is not JSON`);
  }
  if (typeof body.access_token === 'string') runtime.redactor.addSecret(body.access_token);
  return { status: response.status, body };
}

/** interface §1: `{ access_token, token_type: "Bearer", expires_in, scope }` with marketplace:rw. */
export function expectBearerToken(answer: TokenAnswer): void {
  const { body } = answer;
  const problems = [
    answer.status === 200 ? undefined : `status ${answer.status}`,
    typeof body.access_token === 'string' && body.access_token !== '' ? undefined : 'no access_token',
    typeof body.token_type === 'string' && body.token_type.toLowerCase() === 'bearer' ? undefined : `token_type ${JSON.stringify(body.token_type)} instead of Bearer`,
    typeof body.expires_in === 'number' && body.expires_in > 0 ? undefined : `expires_in ${JSON.stringify(body.expires_in)} instead of a number of seconds`,
    typeof body.scope === 'string' && body.scope.split(' ').includes('marketplace:rw') ? undefined : `scope ${JSON.stringify(body.scope)} without marketplace:rw`,
  ].filter(Boolean);
  if (problems.length > 0) throw new ExpectationError(`the token endpoint's answer is not a client-credentials bearer token: ${problems.join(', ')}`);
}

/**
 * SEC-SOLUTION-CODE-HEADER: every MS call of the scenario carried each configured extra header with
 * its configured value (compared after the evidence's redaction, which the kit applies to both).
 * Without configured headers there is nothing to show: undefined, and the step reports it.
 */
export function callsMissingConfiguredHeaders(world: KitWorld): string[] | undefined {
  const configured = Object.entries(kitRuntime().target.headers ?? {});
  if (configured.length === 0) return undefined;
  const calls = world.evidence.exchanges.filter((exchange) => exchange.api === 'MS');
  if (calls.length === 0) throw new ExpectationError('the scenario made no MS call to look at');
  const expected = kitRuntime().redactor.headers(Object.fromEntries(configured));
  return calls.flatMap((exchange) => {
    const sent = Object.fromEntries(Object.entries(exchange.request.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const missing = Object.entries(expected).filter(([name, value]) => sent[name.toLowerCase()] !== value).map(([name]) => name);
    return missing.length > 0 ? [`${exchange.method} ${exchange.url}: ${missing.join(', ')}`] : [];
  });
}
