// Targets that answer in this very process (the embedded sandbox of a run): the kit's requests reach
// them through fastify's inject, the same routes, validation and answers as over a socket, without
// the socket and HTTP parsing on both ends of one process, nor a fetch Response and its body stream
// per answer.
import type { HttpTransport, TransportAnswer } from '../client/index.ts';

export interface Injectable {
  inject(request: { method: string; url: string; headers: Record<string, string>; payload?: string }): Promise<{ statusCode: number; headers: Record<string, string | string[] | number | undefined>; rawPayload: Buffer }>;
}

const byOrigin = new Map<string, HttpTransport>();

/** An answer's header fields by lower-case name, several values joined as fetch joins them. */
function answerHeaders(fields: Record<string, string | string[] | number | undefined>): TransportAnswer['headers'] {
  const byName = new Map<string, string>();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) byName.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : String(value));
  return { get: (name) => byName.get(name.toLowerCase()) ?? null, entries: () => byName.entries() };
}

function injectTransport(target: Injectable): HttpTransport {
  return {
    async fetch(url, init) {
      const { pathname, search } = new URL(url);
      const body = init.body === undefined || init.body === null ? undefined : String(init.body);
      const answer = await target.inject({ method: init.method ?? 'GET', url: `${pathname}${search}`, headers: { ...(init.headers as Record<string, string>) }, payload: body });
      const empty = answer.statusCode === 204 || answer.statusCode === 304 || init.method === 'HEAD';
      const text = empty ? '' : answer.rawPayload.toString('utf8');
      return { status: answer.statusCode, ok: answer.statusCode >= 200 && answer.statusCode < 300, headers: answerHeaders(answer.headers), text: async () => text };
    },
  };
}

/** Registers a target answering in this process at `origin`; returns how to unregister it. */
export function registerInProcessTarget(origin: string, target: Injectable): () => void {
  byOrigin.set(origin, injectTransport(target));
  return () => byOrigin.delete(origin);
}

/** The in-process way to `url`'s origin, when its target runs in this process. */
export function inProcessTransport(url: string): HttpTransport | undefined {
  return byOrigin.get(new URL(url).origin);
}
