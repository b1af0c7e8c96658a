// Cucumber parameter types in the domain's words, shared by every step library: a seller's country
// by its adjective ("a French seller"), document types, the situations of the expectation profile.
import { defineParameterType } from '@cucumber/cucumber';
import { documentTypes } from '../../src/journeys/documentUploads.ts';
import { contractEnum } from '../../src/journeys/sellerContractEnums.ts';
import { countryByAdjective } from '../../src/journeys/sellerCountries.ts';
import { parseParty, partyPattern } from '../../src/journeys/sellerParties.ts';
import { fieldPathOf, fieldPathPattern } from '../../src/journeys/sellerPaths.ts';
import { refusalSituations } from '../../src/journeys/onboardingRefusals.ts';
import { sellerRequestPhrases } from '../../src/journeys/securityRequests.ts';

defineParameterType({
  name: 'country',
  useForSnippets: false,
  regexp: new RegExp(Object.keys(countryByAdjective).join('|')),
  transformer: (adjective: string) => countryByAdjective[adjective]!,
});

defineParameterType({
  name: 'documentType',
  useForSnippets: false,
  regexp: new RegExp(documentTypes().join('|')),
  transformer: (type: string) => type,
});

/** A status of seed §2.4, for dataStatus, documentListStatus and document status alike. */
defineParameterType({
  name: 'kycStatus',
  useForSnippets: false,
  regexp: new RegExp([...new Set([...contractEnum('KycStatus'), ...contractEnum('DocumentStatus')])].join('|')),
  transformer: (status: string) => status,
});

/** The seller or one of its contacts, as the scenario named it: `the seller`, `the contact "Camille"`, `the legal representative`. */
defineParameterType({
  name: 'party',
  useForSnippets: false,
  regexp: partyPattern,
  transformer: (party: string) => parseParty(party),
});

/** A field as missingData spells it (`email`, `address.zipCode`); a registration code alone names its registration. */
defineParameterType({
  name: 'fieldPath',
  useForSnippets: false,
  regexp: fieldPathPattern,
  transformer: (path: string) => fieldPathOf(path),
});

/** Several fields: `email, address.zipCode and phoneNumber`. */
defineParameterType({
  name: 'fieldPaths',
  useForSnippets: false,
  regexp: new RegExp(`${fieldPathPattern.source}(?:(?:, | and )${fieldPathPattern.source})*`),
  transformer: (paths: string) => paths.split(/, | and /).map(fieldPathOf),
});

/** How a request is refused, as the profile's situations name it (interface §2). */
defineParameterType({
  name: 'refusal',
  useForSnippets: false,
  regexp: new RegExp(Object.keys(refusalSituations).join('|')),
  transformer: (refusal: string) => refusalSituations[refusal]!,
});

/** A document size in MiB, optionally plus some bytes: `10 MiB`, `10 MiB and 1 byte`. */
defineParameterType({
  name: 'documentSize',
  useForSnippets: false,
  regexp: /\d+ MiB(?: and \d+ bytes?)?/,
  transformer: (size: string) => {
    const [mebibytes, extra] = size.match(/\d+/g)!.map(Number);
    return mebibytes! * 1024 * 1024 + (extra ?? 0);
  },
});

/** Where an incoming transfer comes from (seed §2.5: it must be the seller's own account). */
defineParameterType({
  name: 'debtor',
  useForSnippets: false,
  regexp: /the seller's account|another account/,
  transformer: (debtor: string) => (debtor === 'another account' ? 'another' : 'seller'),
});

/** A request a caller sends about the seller (`an anonymous caller reads the seller`). */
defineParameterType({
  name: 'sellerRequest',
  useForSnippets: false,
  regexp: new RegExp(sellerRequestPhrases.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')),
  transformer: (phrase: string) => phrase,
});
