// An interaction of the back-office's contract, written once as data: the consumer tests turn each
// into a Pact interaction and exercise it; the provider side reads the same states.
import { MatchersV3 as M } from '@pact-foundation/pact';
import { providerStates, type ProviderStateKey } from '../providerStates.ts';
import { exampleIds, type ExampleIdName } from './backOfficeExamples.ts';

type JsonMap = Record<string, string | number | boolean | null>;

export interface GivenState {
  key: ProviderStateKey;
  params: JsonMap;
}

export interface HttpInteractionSpec {
  description: string;
  given: GivenState;
  request: {
    method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
    path: string | M.Matcher<string>;
    body?: unknown;
  };
  response: {
    status: number;
    headers?: Record<string, unknown>;
    body?: unknown;
  };
}

export interface MessageSpec {
  description: string;
  given: GivenState;
  /** The webhook body the back-office needs (interface §5 envelope), with matchers. */
  content: Record<string, unknown>;
}

export function given(key: ProviderStateKey, params: JsonMap): GivenState {
  return { key, params };
}

export function stateName(state: GivenState): string {
  return providerStates[state.key].name;
}

function substitute(template: string): string {
  return template.replace(/\$\{(\w+)\}/g, (_, name: string) => {
    if (!(name in exampleIds)) throw new Error(`no example value for \${${name}} in ${template}`);
    return exampleIds[name as ExampleIdName];
  });
}

/** A path naming resources the provider state made, e.g. `/sellers/${merchantSellerId}/contacts/${contactId}`. */
export function statePath(template: string): M.Matcher<string> {
  return M.fromProviderState(template, substitute(template));
}

/** A request value the provider state chose (an id fresh for this verification). */
export function stateValue(name: ExampleIdName): M.Matcher<string> {
  return M.fromProviderState(`\${${name}}`, exampleIds[name]);
}
