import { randomInt } from 'node:crypto';
import { composeIBAN, isValidIBAN } from 'ibantools';
import type { FaultSet } from '../faults.ts';
import type { VirtualIban } from './marketplace.ts';

// IBAN-ASSIGNED-AFTER-ASSESS: one dedicated French IBAN per seller for the 1 € check (seed §2.5).
const bankCode = '30006';
const branchCode = '00001';
export const virtualIbanBic = 'SXPTFRPPXXX';

/** IBAN-UNIQUE-PER-SELLER: never the same virtual IBAN twice in one sandbox process. */
const assigned = new Set<string>();

/** The French RIB key, so that the BBAN is valid nationally as well as under mod-97. */
function ribKey(account: string): string {
  const remainder = (89 * Number(bankCode) + 15 * Number(branchCode) + 3 * Number(account)) % 97;
  return String(97 - remainder).padStart(2, '0');
}

function composeFor(account: string): string {
  const iban = composeIBAN({ countryCode: 'FR', bban: `${bankCode}${branchCode}${account}${ribKey(account)}` });
  if (!iban || !isValidIBAN(iban)) throw new Error(`composed an invalid virtual IBAN for account ${account}`);
  return iban;
}

export function assignVirtualIban(faults: FaultSet): VirtualIban {
  let iban = composeFor('00000000001');
  if (!faults.has('virtual-iban-shared')) {
    do iban = composeFor(String(randomInt(0, 1e11)).padStart(11, '0'));
    while (assigned.has(iban));
    assigned.add(iban);
  }
  // IBAN-VIRTUAL-VALID: the check digits are right (00 never is).
  if (faults.has('virtual-iban-bad-checksum')) iban = `${iban.slice(0, 2)}00${iban.slice(4)}`;
  return { iban, bic: virtualIbanBic, type: 'VIRTUAL_IBAN' };
}
