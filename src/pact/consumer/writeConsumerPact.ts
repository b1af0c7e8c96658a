// The consumer tests: every interaction of the back-office's contract is declared to Pact and
// exercised against Pact's mock (HTTP as the back-office sends it, webhooks through the
// back-office's handler); each success adds it to the pact file in `dir`. Pact merges into an
// existing file, so `dir` must be fresh.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { MatchersV3, PactV4 } from '@pact-foundation/pact';
import { consumerName, pactFileName, providerName } from '../pactParties.ts';
import { httpInteractions, messageInteractions } from './backOfficeContract.ts';
import { sendAsBackOffice } from './backOfficeHttp.ts';
import { handleWebhook } from './backOfficeWebhooks.ts';
import { stateName, type HttpInteractionSpec } from './interactionSpec.ts';
import { bearerHeader, jsonRequestHeaders } from './matching.ts';
import type { WebhookMessageSpec } from './webhookMessages.ts';

export interface ConsumerPactSummary {
  file: string;
  http: number;
  messages: number;
}

export class ConsumerExpectationError extends Error {
  override name = 'ConsumerExpectationError';
}

async function declareAndExercise(pact: PactV4, spec: HttpInteractionSpec, onExpectedAnswer: () => void): Promise<void> {
  const { request, response } = spec;
  await pact
    .addInteraction()
    .given(stateName(spec.given), spec.given.params)
    .uponReceiving(spec.description)
    .withRequest(request.method, request.path, (builder) => {
      builder.headers(request.body === undefined ? bearerHeader : jsonRequestHeaders);
      if (request.body !== undefined) builder.jsonBody(request.body);
    })
    .willRespondWith(response.status, (builder) => {
      if (response.headers) builder.headers(response.headers as Record<string, string>);
      if (response.body !== undefined) builder.jsonBody(response.body);
    })
    .executeTest(async (mockServer) => {
      const answer = await sendAsBackOffice(mockServer.url, {
        method: request.method,
        path: MatchersV3.reify(request.path) as string,
        body: request.body === undefined ? undefined : MatchersV3.reify(request.body),
      });
      const expectedBody = response.body === undefined ? undefined : MatchersV3.reify(response.body);
      if (answer.status !== response.status || !isDeepStrictEqual(answer.body, expectedBody)) {
        throw new ConsumerExpectationError(`"${spec.description}": the mock answered ${answer.status} ${JSON.stringify(answer.body)}`);
      }
      onExpectedAnswer();
    });
}

/**
 * Pact's native mock server sometimes answers a matched request before it records the match, and
 * then reports it "expected but not received". The mock only answers what matched, so when the
 * back-office got the expected answer that report is the race, and the interaction is run again.
 */
async function exerciseHttp(pact: PactV4, spec: HttpInteractionSpec): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    let answered = false;
    try {
      await declareAndExercise(pact, spec, () => (answered = true));
      return;
    } catch (error) {
      if (!answered || attempt === 3) throw error;
    }
  }
}

async function exerciseMessage(pact: PactV4, spec: WebhookMessageSpec): Promise<void> {
  await pact
    .addAsynchronousInteraction()
    .given(stateName(spec.given), spec.given.params)
    .expectsToReceive(spec.description, (builder) => {
      builder.withJSONContent(spec.content);
    })
    .executeTest(async (message) => {
      const { recordId } = handleWebhook(message.contents.content);
      if (recordId === '') throw new ConsumerExpectationError(`"${spec.description}": the back-office found no record to update`);
    });
}

export async function writeConsumerPact(dir: string): Promise<ConsumerPactSummary> {
  if (readdirSync(dir).length > 0) throw new Error(`${dir} is not empty: Pact would merge into what is there`);
  const pact = new PactV4({ consumer: consumerName, provider: providerName, dir, logLevel: 'error' });
  for (const spec of httpInteractions) await exerciseHttp(pact, spec);
  for (const spec of messageInteractions) await exerciseMessage(pact, spec);
  return { file: join(dir, pactFileName), http: httpInteractions.length, messages: messageInteractions.length };
}
