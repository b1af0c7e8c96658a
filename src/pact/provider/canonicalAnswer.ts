// An MS answer in the pact's terms. The pact is written in the interface's canonical form
// (statuses of interface §2, lists as `{ "items": [...] }`, errors as §2's problem); a target
// answers in the dialect its expectation profile declares. This maps one to the other, and only
// what the profile declares or interface §8 leaves open: a status the profile moved for the
// situation (created: 200) becomes the interface's status of that situation, a list is re-wrapped
// from where the profile (or the one array of the body) holds it, an error's declared media type
// and pointers become §2's. Anything else (an undeclared status, a list whose resources cannot be
// found, a body that is not JSON) goes to Pact as the target answered it, so its faults show.
import { loadContract, type Contract } from '../../contract/index.ts';
import { contractStatusFor, listItems, ListShapeError, loadProfile, type Profile } from '../../profile/index.ts';
import { canonicalProblem } from './canonicalProblem.ts';

export interface Answer {
  status: number;
  contentType: string | undefined;
  /** The parsed JSON body; undefined when there is none or it is not JSON. */
  body: unknown;
}

export interface Dialect {
  /** The target's expectation profile. */
  profile: Profile;
  /** The default profile: interface §2's statuses. */
  defaults: Profile;
  contract: Contract;
}

/** The dialect of a target whose expectation profile is `profile`, against the MS contract. */
export async function dialectOf(profile: Profile): Promise<Dialect> {
  const contract = await loadContract('marketplace-services', { view: 'normative' });
  return { profile, defaults: await loadProfile(), contract };
}

function canonicalList(dialect: Dialect, operationId: string, body: unknown): unknown {
  try {
    return { items: listItems(dialect.profile, operationId, body) };
  } catch (error) {
    if (error instanceof ListShapeError) return body;
    throw error;
  }
}

export function canonicalAnswer(dialect: Dialect, request: { method: string; path: string }, answer: Answer): Answer {
  const operation = dialect.contract.matchOperation(request.method, request.path);
  if (!operation) return answer;
  const { operationId } = operation;
  const status = contractStatusFor(dialect.profile, dialect.defaults, operationId, answer.status, dialect.contract.declaredStatuses(operationId));
  if (status >= 200 && status < 300 && dialect.contract.isListOperation(operationId) && answer.body !== undefined) {
    return { ...answer, status, body: canonicalList(dialect, operationId, answer.body) };
  }
  if (status >= 400 && status < 500) return { status, ...canonicalProblem(dialect.profile.errors, answer) };
  return { ...answer, status };
}
