// Before a run against an implementation the kit did not start: does the token endpoint issue
// tokens to every configured client, and do the API (and the simulation API) answer like APIs?
// Each failure is one line naming what to check, instead of 150 scenarios failing the same way.
import { ApiClient, Redactor, TokenStore, type ApiResponse, type ClientRole, type TokenStoreOptions } from '../client/index.ts';
import { TargetError } from './targetError.ts';
import type { WorkerTarget } from './workerTarget.ts';

const roleKeys: Record<ClientRole, string> = {
  primary: 'clientId/clientSecret',
  second: 'secondMarketplace.clientId/clientSecret',
  reader: 'readerClient.clientId/clientSecret',
};

export function tokenStoreFor(target: WorkerTarget, redactor: Redactor): TokenStore {
  const { primary, second, reader } = target.clients;
  const clients: TokenStoreOptions['clients'] = { primary: { ...primary, configKeys: roleKeys.primary } };
  if (second) clients.second = { ...second, configKeys: roleKeys.second };
  if (reader) clients.reader = { ...reader, configKeys: roleKeys.reader };
  return new TokenStore({ tokenUrl: target.tokenUrl, staticToken: target.staticToken, clients, timeoutMs: target.requestTimeoutMs, redactor });
}

function judge(response: ApiResponse, clientId: string, configKey: string): void {
  const where = `${response.method} ${response.url}`;
  if (response.status >= 500) throw new TargetError(`target answered ${response.status} at ${where}: the target is failing; try again later or ask its operators`);
  if (response.status === 401) throw new TargetError(`target refused the token issued to client "${clientId}" (401) at ${where}: do tokenUrl and ${configKey} belong to the same environment?`);
  if (response.status === 403) throw new TargetError(`target forbids client "${clientId}" (403) at ${where}: does it have the marketplace:rw scope?`);
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
    for (const role of roles) await tokens.tokenFor(role);
    judge(await api.send(probe), target.clients.primary.clientId, 'target.apiBaseUrl');
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
