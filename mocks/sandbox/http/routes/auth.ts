import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../operation.ts';
import { withExtraMembers } from '../shaping/extraMembers.ts';

// The OAuth 2.0 token endpoint (interface §1): client credentials from the form or HTTP Basic.
function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  // RFC 6749 §2.3.1: both parts are form-urlencoded before being joined.
  return { clientId: decodeURIComponent(decoded.slice(0, colon)), clientSecret: decodeURIComponent(decoded.slice(colon + 1)) };
}

function formOf(raw: unknown): Record<string, string | undefined> {
  if (typeof raw !== 'string') return {};
  const text = raw.trim();
  if (text.startsWith('{')) {
    try {
      return JSON.parse(text) as Record<string, string | undefined>;
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function authRoutes(app: FastifyInstance, { core }: RouteOptions, done: () => void): void {
  app.post('/oauth/token', async (request, reply) => {
    const outcome = core.tokens.issue(formOf(request.body), basicCredentials(request.headers.authorization));
    reply.header('cache-control', 'no-store').header('pragma', 'no-cache');
    // The extra-fields dialect reaches the token answer too (interface §8: any answer).
    const body = core.dialects.has('extra-fields') ? withExtraMembers(outcome.body) : outcome.body;
    if (outcome.ok) return reply.code(200).send(body);
    if (outcome.status === 401) reply.header('www-authenticate', 'Basic realm="ms-sandbox"');
    return reply.code(outcome.status).send(body);
  });
  done();
}
