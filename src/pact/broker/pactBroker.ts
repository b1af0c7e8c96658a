// The Pact Broker calls the kit makes itself: publishing the consumer's pact, tagging a version, and
// asking can-i-deploy. (Verification results are published by Pact's verifier, which is given the
// same settings.) The token is sent, never printed; every failure is one line naming what to check.
import { describeFetchFailure, parseAnswerBody } from '../../client/index.ts';

export const brokerUrlVariable = 'MSKIT_PACT_BROKER_URL';
export const brokerTokenVariable = 'MSKIT_PACT_BROKER_TOKEN';

export interface BrokerSettings {
  url: string;
  /** Absent for a broker without authentication. */
  token?: string;
}

export class BrokerError extends Error {
  override name = 'BrokerError';
}

/** The broker configured by the environment, or undefined when none is. */
export function brokerFromEnvironment(env: NodeJS.ProcessEnv = process.env): BrokerSettings | undefined {
  const url = env[brokerUrlVariable]?.trim();
  const token = env[brokerTokenVariable]?.trim() || undefined;
  if (!url) {
    if (token) throw new BrokerError(`${brokerTokenVariable} is set but ${brokerUrlVariable} is not: set the broker's base URL too`);
    return undefined;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BrokerError(`${brokerUrlVariable} must be an http(s) URL (got "${url}")`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new BrokerError(`${brokerUrlVariable} must be an http(s) URL (got "${url}")`);
  return { url: url.replace(/\/+$/, ''), token };
}

export function requireBroker(env: NodeJS.ProcessEnv = process.env): BrokerSettings {
  const broker = brokerFromEnvironment(env);
  if (!broker) throw new BrokerError(`no Pact Broker configured: set ${brokerUrlVariable} (and ${brokerTokenVariable})`);
  return broker;
}

const timeoutMs = 30_000;

async function call(broker: BrokerSettings, method: string, path: string, body?: unknown): Promise<unknown> {
  const url = `${broker.url}${path}`;
  const headers: Record<string, string> = { accept: 'application/hal+json, application/json' };
  if (broker.token) headers.authorization = `Bearer ${broker.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const context = { method, url, configKey: brokerUrlVariable, timeoutMs, hint: `is ${brokerUrlVariable} a Pact Broker?` };
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: AbortSignal.timeout(timeoutMs) });
  } catch (error) {
    throw new BrokerError(describeFetchFailure(error, context).replace(/^target /, 'pact broker '));
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) {
    throw new BrokerError(`pact broker refused the request (${response.status}) at ${method} ${url}: check ${brokerTokenVariable}`);
  }
  let answer: unknown;
  try {
    answer = parseAnswerBody(text, response.headers.get('content-type') ?? undefined, context);
  } catch (error) {
    throw new BrokerError(`pact broker: ${(error as Error).message.replace(/^target /, '')}`);
  }
  if (!response.ok) {
    const detail = typeof answer === 'object' && answer !== null ? JSON.stringify(answer).slice(0, 200) : String(answer ?? '').slice(0, 200);
    throw new BrokerError(`pact broker answered ${response.status} at ${method} ${url}${detail ? `: ${detail}` : ''}`);
  }
  return answer;
}

const segment = encodeURIComponent;

export interface PublishPactOptions {
  pact: { consumer: { name: string }; provider: { name: string } };
  consumerVersion: string;
  tags?: readonly string[];
}

/** `PUT /pacts/provider/{provider}/consumer/{consumer}/version/{version}`, then one PUT per tag. */
export async function publishPact(broker: BrokerSettings, options: PublishPactOptions): Promise<string[]> {
  const { pact, consumerVersion } = options;
  const consumer = pact.consumer.name;
  const provider = pact.provider.name;
  await call(broker, 'PUT', `/pacts/provider/${segment(provider)}/consumer/${segment(consumer)}/version/${segment(consumerVersion)}`, pact);
  const lines = [`published the pact ${consumer} → ${provider} as ${consumer} version ${consumerVersion} to ${broker.url}`];
  for (const tag of options.tags ?? []) {
    await call(broker, 'PUT', `/pacticipants/${segment(consumer)}/versions/${segment(consumerVersion)}/tags/${segment(tag)}`, {});
    lines.push(`tagged ${consumer} version ${consumerVersion} "${tag}"`);
  }
  return lines;
}

export interface CanIDeployOptions {
  pacticipant: string;
  version: string;
  /** The tag (environment) the version would be deployed next to, e.g. `production`. */
  to: string;
}

export interface CanIDeployAnswer {
  deployable: boolean;
  line: string;
}

/** `GET /can-i-deploy?pacticipant=…&version=…&to=…`: may this version go where `to` is? */
export async function canIDeploy(broker: BrokerSettings, options: CanIDeployOptions): Promise<CanIDeployAnswer> {
  const query = new URLSearchParams({ pacticipant: options.pacticipant, version: options.version, to: options.to });
  const answer = (await call(broker, 'GET', `/can-i-deploy?${query.toString()}`)) as { summary?: { deployable?: unknown; reason?: unknown } } | undefined;
  const deployable = answer?.summary?.deployable;
  if (typeof deployable !== 'boolean' && deployable !== null) {
    throw new BrokerError(`pact broker answered can-i-deploy without summary.deployable at ${broker.url}: is ${brokerUrlVariable} a Pact Broker?`);
  }
  const reason = typeof answer?.summary?.reason === 'string' ? answer.summary.reason : 'no reason given';
  const verdict = deployable === true ? 'can be deployed' : 'cannot be deployed';
  return { deployable: deployable === true, line: `can-i-deploy: ${options.pacticipant} ${options.version} ${verdict} to ${options.to}: ${reason}` };
}
