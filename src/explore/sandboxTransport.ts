// The embedded sandbox reached in-process (fastify's inject): the same routes, validation and
// answers as over a socket, without the socket. Webhooks still go over loopback HTTP to the kit's
// receiver, as the sandbox's outbox sends them.
import type { ApiRequest, ApiResponse } from '../client/index.ts';
import type { Sandbox } from '../../mocks/sandbox/index.ts';
import { TargetError } from '../targets/index.ts';
import type { ExploreContracts, SideTransport } from './exploreSide.ts';

function parsed(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function sandboxTransport(sandbox: Sandbox, client: { clientId: string; clientSecret: string }, contracts: ExploreContracts): Promise<SideTransport> {
  const issued = await sandbox.inject({
    method: 'POST',
    url: '/oauth/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret }).toString(),
  });
  const token = (parsed(issued.body) as { access_token?: unknown } | undefined)?.access_token;
  if (issued.statusCode !== 200 || typeof token !== 'string') throw new TargetError(`the embedded sandbox issued no token to ${client.clientId} (${issued.statusCode})`);

  const send = (prefix: string, contract: ExploreContracts['ms']) => async (request: ApiRequest): Promise<ApiResponse> => {
    const method = request.method.toUpperCase();
    const url = `${prefix}${request.path}`;
    const headers: Record<string, string> = { accept: 'application/json', authorization: `Bearer ${token}` };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    const started = Date.now();
    const answer = await sandbox.inject({ method: method as 'GET', url, headers, payload: request.body === undefined ? undefined : JSON.stringify(request.body) });
    return {
      status: answer.statusCode,
      headers: answer.headers as Record<string, string>,
      body: parsed(answer.body),
      operationId: contract.matchOperation(method, request.path)?.operationId,
      method,
      url,
      path: request.path,
      durationMs: Date.now() - started,
      requestBody: request.body,
    };
  };
  return { ms: send('', contracts.ms), simulation: send('/simulation', contracts.simulation), vouchers: send('/vouchers', contracts.vouchers) };
}
