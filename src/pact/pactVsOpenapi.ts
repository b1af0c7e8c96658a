// Does the pact ask only for what the OpenAPI contract allows? HTTP interactions go through
// @pactflow/openapi-pact-comparator (which needs the document as `{ oas }`: passed bare, it reports
// every interaction as having no spec); webhook messages, which it only checks against AsyncAPI,
// are validated here against the MS contract's `webhooks:` schemas.
import * as comparatorModule from '@pactflow/openapi-pact-comparator';
import type { Contract } from '../contract/index.ts';

/** The comparator's result, as its README documents it (its bundled typings do not resolve under NodeNext). */
interface ComparatorResult {
  code: string;
  message: string;
  type: 'error' | 'warning' | 'info';
  mockDetails?: { interactionDescription?: string | null; location: string };
  causes?: ComparatorResult[];
}

interface ComparatorApi {
  Comparator: new (options: { oas: object }) => { compare(pact: object): AsyncGenerator<ComparatorResult> };
}

const { Comparator } = comparatorModule as unknown as ComparatorApi;

export interface PactFinding {
  interaction: string;
  problem: string;
}

interface PactDocument {
  interactions?: { type?: string; description?: string; contents?: { content?: unknown } }[];
}

function describeResult(result: ComparatorResult): string {
  const where = result.mockDetails?.location ? ` at ${result.mockDetails.location}` : '';
  const causes = (result.causes ?? []).map((cause) => cause.message).slice(0, 3);
  return `${result.code}${where}: ${result.message}${causes.length ? ` (${causes.join('; ')})` : ''}`;
}

/** Every error the comparator finds in the pact's HTTP interactions. */
export async function httpFindings(pact: object, openapi: object): Promise<PactFinding[]> {
  const comparator = new Comparator({ oas: openapi });
  const findings: PactFinding[] = [];
  for await (const result of comparator.compare(pact)) {
    if (result.type !== 'error') continue;
    findings.push({ interaction: result.mockDetails?.interactionDescription ?? '(unnamed interaction)', problem: describeResult(result) });
  }
  return findings;
}

/** Every webhook message of the pact whose content the MS contract's `webhooks:` schema refuses. */
export function messageFindings(pact: PactDocument, contract: Contract): PactFinding[] {
  const messages = (pact.interactions ?? []).filter((interaction) => interaction.type === 'Asynchronous/Messages');
  return messages.flatMap((message) => {
    const content = message.contents?.content as { type?: unknown } | undefined;
    const type = typeof content?.type === 'string' ? content.type : '(no type)';
    return contract.validateWebhook(type, content).map((violation) => ({
      interaction: message.description ?? '(unnamed message)',
      problem: `${type} at ${violation.pointer || '/'}: ${violation.message} (${violation.rule})`,
    }));
  });
}
