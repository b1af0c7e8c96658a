// Contact bodies for POST /sellers/{merchantSellerId}/contacts (seed §2.3.2): a complete physical
// person, from which a scenario removes the fields it wants missing by their dotted paths.
import { withoutPaths } from './sellerPaths.ts';

export type ContactBody = Record<string, unknown>;

export function contactPayload(options: { except?: readonly string[]; effectiveBeneficiary?: number; firstName?: string } = {}): ContactBody {
  const body: ContactBody = {
    firstName: options.firstName ?? 'Camille',
    lastName: 'Martin',
    email: 'camille.martin@seller.example',
    phoneNumber: '+33612345678',
    involvement: { type: 'LEGAL_REPRESENTATIVE', startDateTime: '2019-03-04T00:00:00Z' },
    occupationType: 'EXECUTIVE',
    personalAssets: '100K-500K',
    address: { streetNumber: '3', streetName: 'Rue Oberkampf', zipCode: '75011', cityName: 'Paris', countryCode: 'FR' },
    effectiveBeneficiary: options.effectiveBeneficiary ?? 60,
    commonTitle: 'MRS',
    birthDate: '1984-06-15',
    birthCityName: 'Lyon',
    birthCountryCode: 'FR',
    nationality: 'FR',
    incomeRange: '5K-10K',
    taxResidenceCountryCode: 'FR',
    taxResidenceTaxPayerId: '3023456789012',
  };
  return withoutPaths(body, options.except ?? []);
}
