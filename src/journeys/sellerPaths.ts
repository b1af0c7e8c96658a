// Dotted paths as missingData spells them (interface §3), applied to request bodies: `address.zipCode`
// names a sub-field, `externalRegistrations.SIRET` the registration whose code is SIRET.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

/** The container holding the last segment of `path`, creating objects on the way when asked. */
function parentOf(body: Json, segments: string[], create: boolean): { holder: Json | unknown[]; key: string } | undefined {
  let node: unknown = body;
  for (const segment of segments.slice(0, -1)) {
    if (Array.isArray(node)) {
      node = node.find((item) => isObject(item) && item.code === segment);
    } else if (isObject(node)) {
      if (node[segment] === undefined && create) node[segment] = {};
      node = node[segment];
    } else {
      return undefined;
    }
  }
  if (!Array.isArray(node) && !isObject(node)) return undefined;
  return { holder: node, key: segments[segments.length - 1]! };
}

/** A copy of `body` without the fields named by dotted paths. */
export function withoutPaths(body: Json, paths: readonly string[]): Json {
  const copy = clone(body);
  for (const path of paths) {
    const found = parentOf(copy, path.split('.'), false);
    if (!found) continue;
    if (Array.isArray(found.holder)) {
      const kept = found.holder.filter((item) => !(isObject(item) && item.code === found.key));
      found.holder.splice(0, found.holder.length, ...kept);
    } else {
      delete found.holder[found.key];
    }
  }
  return copy;
}

/** A copy of `body` with `value` at the dotted path (a registration is addressed by its code). */
export function withValueAt(body: Json, path: string, value: unknown): Json {
  const copy = clone(body);
  const found = parentOf(copy, path.split('.'), true);
  if (!found) throw new Error(`cannot set "${path}" in this body`);
  if (Array.isArray(found.holder)) {
    const index = found.holder.findIndex((item) => isObject(item) && item.code === found.key);
    if (index >= 0) found.holder[index] = value;
    else found.holder.push(value);
  } else {
    found.holder[found.key] = value;
  }
  return copy;
}

/** The value at a dotted path of an answer (a registration is addressed by its code). */
export function valueAt(body: unknown, path: string): unknown {
  let node: unknown = body;
  for (const segment of path.split('.')) {
    if (Array.isArray(node)) node = node.find((item) => isObject(item) && (item.code === segment || item.documentId === segment || item.contactId === segment));
    else if (isObject(node)) node = node[segment];
    else return undefined;
  }
  return node;
}

/** A dotted path as a step writes it: `email`, `address.zipCode`, `externalRegistrations.SIRET.value`. */
export const fieldPathPattern = /[A-Za-z_]+(?:\.[A-Za-z_]+)*/;

const registrationCodes = ['VAT', 'SIRET', 'TIN', 'REGISTRATION_NUM'];

/** A registration code alone (`SIRET`) names that registration, as missingData does (interface §3). */
export function fieldPathOf(written: string): string {
  return registrationCodes.includes(written) ? `externalRegistrations.${written}` : written;
}
