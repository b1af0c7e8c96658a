// One OpenAPI file per API, two views of it. The reference view is what the embedded sandbox
// answers (every field it always returns, nothing else); the normative view is what any
// implementation must satisfy (interface §8): objects open to extra fields, only the fields a
// document names required (and optional fields may be null: see withoutNullMembers). The file
// says which is which:
//   x-reference-required: [..]   fields only the reference always returns (not required of a target)
//   x-reference-closed: true     the reference adds no other field (a target may)
//   x-body-optional: true        (on a response) a target may answer this status without a body
//   x-list: true                 (on a list schema) where the list's resources are is the target's choice
export type ContractView = 'reference' | 'normative';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A deep copy of `document` as `view` reads it. */
export function contractView(document: Node, view: ContractView): Node {
  return transform(document, view) as Node;
}

function transform(value: unknown, view: ContractView): unknown {
  if (Array.isArray(value)) return value.map((item) => transform(item, view));
  if (!isNode(value)) return value;
  const copy: Node = Object.fromEntries(Object.entries(value).map(([key, item]) => [key, transform(item, view)]));
  return 'x-reference-required' in copy || 'x-reference-closed' in copy || 'additionalProperties' in copy ? schemaAs(copy, view) : copy;
}

function schemaAs(schema: Node, view: ContractView): Node {
  const { 'x-reference-required': referenceRequired, 'x-reference-closed': referenceClosed, ...rest } = schema;
  if (view === 'normative') {
    // Open to extra fields; a closed *request* schema says what a client may send, not what a target answers.
    const { additionalProperties, ...open } = rest;
    return additionalProperties === false ? open : { ...open, ...(additionalProperties === undefined ? {} : { additionalProperties }) };
  }
  const required = [...new Set([...(Array.isArray(rest.required) ? (rest.required as string[]) : []), ...(Array.isArray(referenceRequired) ? (referenceRequired as string[]) : [])])];
  return { ...rest, ...(required.length > 0 ? { required } : {}), ...(referenceClosed === true ? { additionalProperties: false } : {}) };
}

/** interface §8: an optional field without a value may be absent or null; a null member reads as absent. */
export function withoutNullMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullMembers);
  if (!isNode(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNullMembers(item)]));
}
