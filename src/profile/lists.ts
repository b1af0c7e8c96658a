// Where a list answer holds its resources (interface §8: an object or an array of the
// implementation's choosing). The profile may name the place per list operation; otherwise the
// answer is read as a bare array, or as the one array member of an object.
import { readPointer } from '../client/jsonPointer.ts';
import type { Profile } from './profile.ts';

export class ListShapeError extends Error {
  override name = 'ListShapeError';
}

/** The resources of a list answer, or a ListShapeError saying where the kit looked. */
export function listItems(profile: Profile, operationId: string, body: unknown): unknown[] {
  if (Object.hasOwn(profile.lists, operationId)) {
    const pointer = profile.lists[operationId]!;
    const found = readPointer(body, pointer);
    if (Array.isArray(found)) return found;
    throw new ListShapeError(`the answer of ${operationId} has no array at ${pointer === '' ? 'its root' : pointer}, where the profile's lists.${operationId} says the resources are`);
  }
  if (Array.isArray(body)) return body;
  if (body !== null && typeof body === 'object') {
    const arrays = Object.entries(body).filter(([, value]) => Array.isArray(value));
    if (arrays.length === 1) return arrays[0]![1] as unknown[];
    const members = arrays.length === 0 ? 'no array member' : `several array members (${arrays.map(([key]) => key).join(', ')})`;
    throw new ListShapeError(`the answer of ${operationId} has ${members}: declare where its resources are with lists.${operationId} in the profile (e.g. "/items", or "" for a bare array)`);
  }
  throw new ListShapeError(`the answer of ${operationId} is neither an array nor an object holding one`);
}
