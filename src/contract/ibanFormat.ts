// IBANs checked as the rule states them (interface §3: "an IBAN failing the ISO 13616 mod-97
// check"): ISO 13616's shape and mod-97 check digits. What the IBAN registry adds per country (its
// BBAN length and format, its national check digit, as ibantools knows them) is stricter than the
// rule: advice for a target (interface §8 "Formats"), and what the sandbox itself always meets.
import { validateIBAN, ValidationErrorsIBAN } from 'ibantools';

/** ISO 13616 electronic form: 2 letters, 2 check digits, an alphanumeric BBAN, 34 characters at most. */
const iso13616Shape = /^[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}$/;

/** The national checks ibantools reports, named as a failure message says them. */
const nationalChecks: Partial<Record<ValidationErrorsIBAN, string>> = {
  [ValidationErrorsIBAN.NoIBANCountry]: 'the national format check (its country is not in the IBAN registry)',
  [ValidationErrorsIBAN.WrongBBANLength]: "the national format check (its BBAN does not have its country's length)",
  [ValidationErrorsIBAN.WrongBBANFormat]: "the national format check (its BBAN does not have its country's format)",
  [ValidationErrorsIBAN.WrongAccountBankBranchChecksum]: 'the national check digit',
};

/** The remainder of the IBAN, first four characters moved to the end, letters as 10–35, modulo 97. */
function mod97(iban: string): number {
  let remainder = 0;
  for (const character of iban.slice(4) + iban.slice(0, 4)) {
    const value = parseInt(character, 36);
    remainder = (value < 10 ? remainder * 10 + value : remainder * 100 + value) % 97;
  }
  return remainder;
}

/** Why the value is not an ISO 13616 IBAN (shape or mod-97), or undefined when it is one. */
export function iso13616Failure(iban: unknown): string | undefined {
  if (typeof iban !== 'string' || !iso13616Shape.test(iban)) return `${JSON.stringify(iban)} is not shaped as an ISO 13616 IBAN (2 letters, 2 check digits, an alphanumeric BBAN, 34 characters at most)`;
  if (mod97(iban) !== 1) return `${iban} fails the ISO 13616 mod-97 check`;
  return undefined;
}

/** The national checks an ISO 13616 IBAN fails, each named. */
export function nationalCheckFailures(iban: string): string[] {
  return validateIBAN(iban, { allowQRIBAN: true }).errorCodes.flatMap((code) => {
    const check = nationalChecks[code];
    return check ? [`${iban} fails ${check}`] : [];
  });
}

/** The first check the IBAN fails, the stated rule's first, then the national ones; undefined when it passes all. */
export function ibanProblem(iban: string): string | undefined {
  return iso13616Failure(iban) ?? nationalCheckFailures(iban)[0];
}
