import type { Contract } from '../../../../src/contract/index.ts';

// The null-optionals dialect (interface §8: "Optional fields without a value may be absent or
// null"): every optional member the contract declares for an object of the answer, and the answer
// leaves out, is answered null. The contract's schemas say which members an object has, so stored
// data (a seller's address, a contact's birth date) is covered as well as the server's own fields.
// A required member stays absent if a fault drops it: null would not make it any less missing.

type Schema = Record<string, unknown>;

interface ObjectShape {
  /** Each member with every schema that declares it (an allOf may add to a member another part declared). */
  properties: Map<string, unknown[]>;
  required: Set<string>;
  /** Members whose mere presence selects one alternative of a oneOf: a null would select it too. */
  selectors: Set<string>;
  items: unknown[];
}

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolved(contract: Contract, schema: unknown): unknown {
  let current = schema;
  for (let ref = isSchema(current) ? current.$ref : undefined; typeof ref === 'string'; ref = isSchema(current) ? current.$ref : undefined) {
    current = ref
      .slice(2)
      .split('/')
      .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, token) => (isSchema(node) ? node[token] : undefined), contract.document);
  }
  return current;
}

/**
 * The members, required members, oneOf selectors and array items a schema declares, through $ref,
 * allOf, anyOf and oneOf (what an alternative requires is required only when it is chosen).
 */
function shapeOf(contract: Contract, schema: unknown, shape: ObjectShape = { properties: new Map(), required: new Set(), selectors: new Set(), items: [] }, alternative = false): ObjectShape {
  const node = resolved(contract, schema);
  if (!isSchema(node)) return shape;
  for (const [name, property] of Object.entries(isSchema(node.properties) ? node.properties : {})) shape.properties.set(name, [...(shape.properties.get(name) ?? []), property]);
  if (!alternative) for (const name of asList(node.required)) shape.required.add(String(name));
  if (node.items !== undefined) shape.items.push(node.items);
  for (const member of asList(node.allOf)) shapeOf(contract, member, shape, alternative);
  for (const member of asList(node.anyOf)) shapeOf(contract, member, shape, true);
  for (const member of asList(node.oneOf)) {
    const chosen = resolved(contract, member);
    if (isSchema(chosen)) for (const name of asList(chosen.required)) shape.selectors.add(String(name));
    shapeOf(contract, member, shape, true);
  }
  return shape;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A member no answer carries: a `false` schema (a document's fileContent) or a write-only one (a webhook secret). */
function neverAnswered(contract: Contract, schemas: unknown[]): boolean {
  return schemas.some((schema) => {
    const node = resolved(contract, schema);
    return node === false || (isSchema(node) && node.writeOnly === true);
  });
}

/** `value` with null for every member `schema` declares and `value` lacks, in every object it holds. */
export function withNullOptionals(contract: Contract, schema: unknown, value: unknown): unknown {
  const shape = shapeOf(contract, schema);
  if (Array.isArray(value)) return value.map((item) => withNullOptionals(contract, { allOf: shape.items }, item));
  if (!isSchema(value)) return value;
  const filled: Record<string, unknown> = {};
  for (const [name, member] of Object.entries(value)) filled[name] = withNullOptionals(contract, { allOf: shape.properties.get(name) ?? [] }, member);
  for (const [name, schemas] of shape.properties) {
    if (!(name in value) && !shape.required.has(name) && !shape.selectors.has(name) && !neverAnswered(contract, schemas)) filled[name] = null;
  }
  return filled;
}

/** The JSON schema of an operation's answer with `status`, if the contract declares one. */
export function answerSchema(contract: Contract, operationId: string, status: number): unknown {
  const operation = contract.operations().find((candidate) => candidate.operationId === operationId);
  if (!operation) return undefined;
  const responses = resolved(contract, (contract.document.paths?.[operation.pathTemplate]?.[operation.method] as Schema | undefined)?.responses);
  const response = isSchema(responses) ? resolved(contract, responses[String(status)]) : undefined;
  const content = isSchema(response) && isSchema(response.content) ? response.content : {};
  return (content['application/json'] as Schema | undefined)?.schema;
}

/** The JSON schema of a webhook's data, if the contract declares that type. */
export function webhookDataSchema(contract: Contract, type: string): unknown {
  const webhook = contract.document.webhooks?.[type] as Schema | undefined;
  const content = (webhook?.post as Schema | undefined)?.requestBody as Schema | undefined;
  const body = ((content?.content as Schema | undefined)?.['application/json'] as Schema | undefined)?.schema;
  return body === undefined ? undefined : { allOf: shapeOf(contract, body).properties.get('data') ?? [] };
}
