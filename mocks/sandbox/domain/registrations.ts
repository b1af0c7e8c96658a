import type { FaultSet } from '../faults.ts';
import type { FieldError } from './problem.ts';

// Registrations by country (seed §2.3.1 externalRegistrations).
export type RegistrationCode = 'VAT' | 'SIRET' | 'TIN' | 'REGISTRATION_NUM';

export interface Registration {
  code: RegistrationCode;
  value?: string;
  date?: string;
}

/**
 * REG-VAT-ALWAYS, REG-SIRET-FR, REG-TIN-NON-FR, REG-REGISTRATION-NUM-NON-FR, REG-FR-NEEDS-NO-TIN:
 * VAT always; SIRET in France; TIN and REGISTRATION_NUM elsewhere. Until the country is known only
 * VAT can be asked for.
 */
export function requiredRegistrations(countryCode: string | undefined, faults: FaultSet): RegistrationCode[] {
  const required: RegistrationCode[] = faults.has('vat-not-required') ? [] : ['VAT'];
  if (!countryCode) return required;
  if (countryCode === 'FR') {
    if (!faults.has('siret-not-required-in-fr')) required.push('SIRET');
    if (faults.has('fr-seller-asked-for-tin')) required.push('TIN');
    return required;
  }
  if (!faults.has('tin-not-required-outside-fr')) required.push('TIN');
  if (!faults.has('registration-num-not-required-outside-fr')) required.push('REGISTRATION_NUM');
  return required;
}

/** REG-SIRET-14-DIGITS, REG-SIREN-REFUSED: a SIRET is 14 digits; a 9-digit SIREN is refused. */
export function malformedRegistrations(registrations: Registration[], faults: FaultSet): FieldError[] {
  const errors: FieldError[] = [];
  registrations.forEach((registration, index) => {
    if (registration.code !== 'SIRET' || registration.value === undefined) return;
    const isSiren = /^[0-9]{9}$/.test(registration.value);
    if (isSiren && !faults.has('siren-accepted')) {
      errors.push({ field: `externalRegistrations.${index}.value`, message: 'is a 9-digit SIREN: a 14-digit SIRET is required' });
    } else if (!isSiren && !/^[0-9]{14}$/.test(registration.value) && !(faults.has('siret-length-unchecked') && /^[0-9]+$/.test(registration.value))) {
      errors.push({ field: `externalRegistrations.${index}.value`, message: 'must be a SIRET of 14 digits' });
    }
  });
  return errors;
}

/** Later registrations of a code replace earlier ones, so partial upserts never lose the others. */
export function mergeRegistrations(stored: Registration[], incoming: Registration[]): Registration[] {
  const byCode = new Map(stored.map((registration) => [registration.code, registration]));
  for (const registration of incoming) byCode.set(registration.code, registration);
  return [...byCode.values()];
}
