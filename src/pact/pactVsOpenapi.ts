// Does the pact ask only for what the OpenAPI contract allows? HTTP interactions go through
// @pactflow/openapi-pact-comparator (which needs the document as `{ oas }`: passed bare, it reports
// every interaction as having no spec); webhook messages, which it only checks against AsyncAPI,
// are validated here against the MS contract's `webhooks:` schemas. And does it require only what
// the contract requires? A member the pact's example has is one a target must answer (Pact checks
// every expected key is there, unless a key rule covers the object); optionalRequirements names
// each one the contract leaves optional.
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

interface PactBody {
  content?: unknown;
}

type MatchingRules = Record<string, { matchers?: { match?: string }[] }>;

interface PactDocument {
  interactions?: {
    type?: string;
    description?: string;
    contents?: PactBody;
    matchingRules?: { body?: MatchingRules };
    request?: { method?: string; path?: string };
    response?: { status?: number; body?: PactBody; matchingRules?: { body?: MatchingRules } };
  }[];
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

type Schema = Record<string, any>;

interface Shape {
  required: Set<string>;
  properties: Map<string, Schema[]>;
  items: Schema[];
}

function resolveSchema(document: Schema, schema: Schema | undefined): Schema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  const target = ref.slice(2).split('/').map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~')).reduce<Schema | undefined>((node, token) => node?.[token], document);
  return resolveSchema(document, target);
}

/**
 * What a schema requires of an object and how its members are described, across allOf, anyOf and
 * oneOf. A member one anyOf/oneOf branch requires counts as required: a target may have to send
 * it (the pact names the resource by its canonical id where the contract takes any of its ids).
 */
function shapeOf(document: Schema, schemas: readonly (Schema | undefined)[]): Shape {
  const shape: Shape = { required: new Set(), properties: new Map(), items: [] };
  const visit = (node: Schema | undefined) => {
    const schema = resolveSchema(document, node);
    if (!schema) return;
    for (const name of schema.required ?? []) shape.required.add(name);
    for (const [name, member] of Object.entries<Schema>(schema.properties ?? {})) shape.properties.set(name, [...(shape.properties.get(name) ?? []), member]);
    if (schema.items) shape.items.push(schema.items);
    for (const part of [...(schema.allOf ?? []), ...(schema.anyOf ?? []), ...(schema.oneOf ?? [])]) visit(part);
  };
  schemas.forEach(visit);
  return shape;
}

function keyRulePaths(rules: MatchingRules | undefined): Set<string> {
  return new Set(Object.entries(rules ?? {}).filter(([, rule]) => rule.matchers?.some((matcher) => matcher.match === 'eachKey')).map(([path]) => path));
}

function requiredBeyond(document: Schema, example: unknown, schemas: readonly (Schema | undefined)[], path: string, keyRules: Set<string>, allowed: ReadonlySet<string>): string[] {
  const shape = shapeOf(document, schemas);
  if (Array.isArray(example)) return example.flatMap((item) => requiredBeyond(document, item, shape.items, `${path}[*]`, keyRules, allowed));
  if (example === null || typeof example !== 'object') return [];
  return Object.entries(example).flatMap(([name, value]) => {
    const member = `${path}.${name}`;
    if (allowed.has(member)) return [];
    const optional = !keyRules.has(path) && !shape.required.has(name) ? [`${member} is optional in the contract`] : [];
    return [...optional, ...requiredBeyond(document, value, shape.properties.get(name) ?? [], member, keyRules, allowed)];
  });
}

function responseSchema(contract: Contract, method: string, path: string, status: number): Schema | undefined {
  const document = contract.document as Schema;
  const operation = contract.matchOperation(method, path);
  if (!operation) return undefined;
  const response = resolveSchema(document, document.paths[operation.pathTemplate][operation.method].responses?.[String(status)]);
  const [media] = Object.values<Schema>(response?.content ?? {});
  return media?.schema;
}

/**
 * Every member the pact requires that the contract leaves optional, as `interaction: $.path is
 * optional in the contract`. `allowed` lists, per operationId, the paths a document requires in
 * the interaction's situation although the schema, valid in every situation, cannot (a seller's
 * stored fields come back: interface §3).
 */
export function optionalRequirements(pact: PactDocument, contract: Contract, allowed: Readonly<Record<string, readonly string[]>> = {}): PactFinding[] {
  const document = contract.document as Schema;
  return (pact.interactions ?? []).flatMap((interaction) => {
    const description = interaction.description ?? '(unnamed interaction)';
    let example: unknown;
    let schema: Schema | undefined;
    let rules: MatchingRules | undefined;
    let allowedHere: readonly string[] = [];
    if (interaction.type === 'Asynchronous/Messages') {
      example = interaction.contents?.content;
      const type = (example as { type?: unknown } | undefined)?.type;
      schema = typeof type === 'string' ? document.webhooks?.[type]?.post?.requestBody?.content?.['application/json']?.schema : undefined;
      rules = interaction.matchingRules?.body;
    } else {
      const { method = 'GET', path = '/' } = interaction.request ?? {};
      example = interaction.response?.body?.content;
      schema = responseSchema(contract, method, path, interaction.response?.status ?? 0);
      rules = interaction.response?.matchingRules?.body;
      allowedHere = allowed[contract.matchOperation(method, path)?.operationId ?? ''] ?? [];
    }
    if (example === undefined) return [];
    if (!schema) return [{ interaction: description, problem: 'the contract describes no body for it' }];
    return requiredBeyond(document, example, [schema], '$', keyRulePaths(rules), new Set(allowedHere)).map((problem) => ({ interaction: description, problem }));
  });
}
