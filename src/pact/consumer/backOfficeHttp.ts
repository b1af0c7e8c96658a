// The back-office's HTTP calls in the consumer tests. One connection per request: Pact starts a
// mock server per interaction, and a pooled keep-alive connection to an earlier mock that had the
// same port would carry the request to the wrong interaction.
import { request as httpRequest } from 'node:http';
import { exampleToken } from './matching.ts';

export interface BackOfficeRequest {
  method: string;
  path: string;
  body?: unknown;
}

export interface BackOfficeAnswer {
  status: number;
  body: unknown;
}

export function sendAsBackOffice(baseUrl: string, call: BackOfficeRequest): Promise<BackOfficeAnswer> {
  const payload = call.body === undefined ? undefined : JSON.stringify(call.body);
  const headers: Record<string, string> = { authorization: `Bearer ${exampleToken}`, accept: 'application/json' };
  if (payload !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(new URL(call.path, baseUrl), { method: call.method, headers, agent: false, timeout: 5000 }, (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('error', reject);
      incoming.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: incoming.statusCode ?? 0, body: text === '' ? undefined : JSON.parse(text) });
      });
    });
    outgoing.on('timeout', () => outgoing.destroy(new Error(`no answer from the Pact mock server to ${call.method} ${call.path}`)));
    outgoing.on('error', reject);
    outgoing.end(payload);
  });
}
