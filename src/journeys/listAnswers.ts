// The resources of a list answer, wherever the target puts them (interface §8 "Lists": an object or
// an array of its choosing, found by the profile's `lists` or automatically). What a list holds is
// then filtered by the caller, by the ids it knows: query filters are defined nowhere.
import type { ApiResponse } from '../client/index.ts';
import { acceptedStatuses, listItems, ListShapeError } from '../profile/index.ts';
import { describeExchange, ExpectationError, type KitWorld } from '../world/index.ts';
import { requireStatus } from './onboarding.ts';

export type ListedResource = Record<string, unknown>;

/** The resources of a list answer; its shape not being one the profile allows fails the step. */
export function listedResources(world: KitWorld, response: ApiResponse): ListedResource[] {
  if (!response.operationId) throw new ExpectationError(`${describeExchange(response)} is no list operation of the contract, so the kit cannot tell where its resources are`);
  try {
    return listItems(world.profile, response.operationId, response.body).filter((item): item is ListedResource => item !== null && typeof item === 'object' && !Array.isArray(item));
  } catch (error) {
    if (error instanceof ListShapeError) throw new ExpectationError(error.message);
    throw error;
  }
}

/**
 * GET of a list, which must be answered with the profile's "read" status. `missingIsEmpty`: a list
 * under a resource the target does not know (its "not found" status) holds nothing.
 */
export async function readList(world: KitWorld, path: string, options: { missingIsEmpty?: boolean } = {}): Promise<ListedResource[]> {
  const response = await world.api.send({ method: 'GET', path });
  if (options.missingIsEmpty && acceptedStatuses(world.profile, 'notFound', response.operationId).includes(response.status)) return [];
  // Lists may be read concurrently: the check is on this answer, not on the scenario's last one.
  requireStatus(world, response, 'read', `reading the list ${path}`);
  return listedResources(world, response);
}
