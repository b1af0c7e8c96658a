// Who the contract is between, and where the kit keeps it. The names are those a Pact Broker
// knows the two parties by; the file name is Pact's own convention (`<consumer>-<provider>.json`).
import { join } from 'node:path';
import { contractsDir } from '../kitPaths.ts';

export const consumerName = 'marketplace-back-office';
export const providerName = 'marketplace-services';

export const pactFileName = `${consumerName}-${providerName}.json`;
export const committedPactDir = join(contractsDir, 'pacts');
export const committedPactFile = join(committedPactDir, pactFileName);
