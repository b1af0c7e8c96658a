// Seller bodies for PUT /sellers/{merchantSellerId} (seed §2.3.1): a complete company per country,
// from which a scenario removes exactly the fields it wants missing, by the dotted path missingData uses.
import { withoutPaths } from './sellerPaths.ts';

export type SellerBody = Record<string, unknown>;

interface CountryCompany {
  legalEntityName: string;
  address: Record<string, string>;
  phoneNumber: string;
  legalFormAcronym: string;
  businessActivity: { typeCode: string; code: string };
  registrations: { code: string; value: string }[];
  iban: string;
  bic: string;
}

/** One plausible company per country, with registrations as seed §2.3.1 requires them and a valid IBAN. */
const companies: Record<string, CountryCompany> = {
  FR: {
    legalEntityName: 'Atelier Lumière SAS',
    address: { streetNumber: '12', streetName: 'Rue de la Paix', zipCode: '75002', cityName: 'Paris', countryCode: 'FR' },
    phoneNumber: '+33142685300',
    legalFormAcronym: 'SAS',
    businessActivity: { typeCode: 'NAF', code: '47.78C' },
    registrations: [
      { code: 'VAT', value: 'FR19812345676' },
      { code: 'SIRET', value: '81234567600017' },
    ],
    iban: 'FR7630006000011234567890189',
    bic: 'AGRIFRPPXXX',
  },
  DE: {
    legalEntityName: 'Holzwerk Berger GmbH',
    address: { streetNumber: '7', streetName: 'Torstraße', zipCode: '10119', cityName: 'Berlin', countryCode: 'DE' },
    phoneNumber: '+493012345678',
    legalFormAcronym: 'GMBH',
    businessActivity: { typeCode: 'NACE', code: 'C16.29' },
    registrations: [
      { code: 'VAT', value: 'DE123456789' },
      { code: 'TIN', value: '1121081508150' },
      { code: 'REGISTRATION_NUM', value: 'HRB 123456 B' },
    ],
    iban: 'DE89370400440532013000',
    bic: 'COBADEFFXXX',
  },
  ES: {
    legalEntityName: 'Cerámica Soler SL',
    address: { streetNumber: '25', streetName: 'Calle de Alcalá', zipCode: '28014', cityName: 'Madrid', countryCode: 'ES' },
    phoneNumber: '+34915551234',
    legalFormAcronym: 'SL',
    businessActivity: { typeCode: 'NACE', code: 'C23.41' },
    registrations: [
      { code: 'VAT', value: 'ESB12345678' },
      { code: 'TIN', value: 'B12345678' },
      { code: 'REGISTRATION_NUM', value: 'M-123456' },
    ],
    iban: 'ES9121000418450200051332',
    bic: 'CAIXESBBXXX',
  },
  IT: {
    legalEntityName: 'Pelletteria Rossi SRL',
    address: { streetNumber: '4', streetName: 'Via Roma', zipCode: '50123', cityName: 'Firenze', countryCode: 'IT' },
    phoneNumber: '+390551234567',
    legalFormAcronym: 'SRL',
    businessActivity: { typeCode: 'NACE', code: 'C15.12' },
    registrations: [
      { code: 'VAT', value: 'IT12345678901' },
      { code: 'TIN', value: '12345678901' },
      { code: 'REGISTRATION_NUM', value: 'FI-123456' },
    ],
    iban: 'IT60X0542811101000000123456',
    bic: 'BPMOIT22XXX',
  },
  BE: {
    legalEntityName: 'Chocolaterie Dubois SRL',
    address: { streetNumber: '9', streetName: 'Rue Neuve', zipCode: '1000', cityName: 'Bruxelles', countryCode: 'BE' },
    phoneNumber: '+3225551234',
    legalFormAcronym: 'SRL',
    businessActivity: { typeCode: 'NACE', code: 'C10.82' },
    registrations: [
      { code: 'VAT', value: 'BE0123456749' },
      { code: 'TIN', value: '0123456749' },
      { code: 'REGISTRATION_NUM', value: '0123.456.749' },
    ],
    iban: 'BE68539007547034',
    bic: 'GEBABEBBXXX',
  },
};

const sellerCountries = Object.keys(companies);

class UnknownCountryError extends Error {
  override name = 'UnknownCountryError';
}

function companyOf(country: string): CountryCompany {
  const company = companies[country];
  if (!company) throw new UnknownCountryError(`no sample company for country "${country}": use one of ${sellerCountries.join(', ')}`);
  return company;
}

/** The seller's own bank account, from which its 1 € check transfer must come (seed §2.5). */
export function sellerBankAccount(country: string): { iban: string; accountName: string } {
  const company = companyOf(country);
  return { iban: company.iban, accountName: company.legalEntityName };
}

/**
 * A body with every field KYC needs for a company of `country`; `except` removes dotted paths
 * (`email`, `address.zipCode`, `bankingInformation`, `externalRegistrations.SIRET`).
 */
export function sellerPayload(country: string, options: { except?: readonly string[] } = {}): SellerBody {
  const company = companyOf(country);
  const body: SellerBody = {
    legalEntityName: company.legalEntityName,
    address: { ...company.address },
    email: 'compliance@seller.example',
    phoneNumber: company.phoneNumber,
    legalFormAcronym: company.legalFormAcronym,
    legalEntityCapitalizationAmount: 10000,
    legalEntityCapitalizationCurrency: 'EUR',
    businessActivity: { ...company.businessActivity },
    externalRegistrations: company.registrations.map((registration) => ({ ...registration, date: '2019-03-04' })),
    legalNumberOfEmployeeRange: '10-19',
    legalNetIncomeRange: '50K-100K',
    legalAnnualTurnover: '1M-2M',
    bankingInformation: { accountName: company.legalEntityName, iban: company.iban, bic: company.bic, currency: 'EUR' },
  };
  return withoutPaths(body, options.except ?? []);
}
