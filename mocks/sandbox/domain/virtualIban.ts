import { randomInt } from 'node:crypto';
import { composeIBAN, isValidIBAN } from 'ibantools';
import type { Switches, VirtualIban } from './marketplace.ts';

// IBAN-ASSIGNED-AFTER-ASSESS: one dedicated IBAN per seller for the 1 € check (seed §2.5), French by
// default, Belgian in the virtual-iban-country dialect; valid nationally as well as under mod-97.

interface VirtualIbanBank {
  countryCode: string;
  bic: string;
  /** How many account numbers the bank can hand out. */
  accounts: number;
  /** The BBAN of one account number, national check digits included. */
  bban(account: number): string;
}

/** A French BBAN: bank, branch, 11-digit account and the RIB key. */
const frenchBank: VirtualIbanBank = {
  countryCode: 'FR',
  bic: 'SXPTFRPPXXX',
  accounts: 1e11,
  bban(account) {
    const [bankCode, branchCode, number] = ['30006', '00001', String(account).padStart(11, '0')];
    const ribKey = 97 - ((89 * Number(bankCode) + 15 * Number(branchCode) + 3 * Number(number)) % 97);
    return `${bankCode}${branchCode}${number}${String(ribKey).padStart(2, '0')}`;
  },
};

/** A Belgian BBAN: 3-digit bank, 7-digit account, and the first ten digits mod 97 (97 for 0). */
const belgianBank: VirtualIbanBank = {
  countryCode: 'BE',
  bic: 'SXPTBEBBXXX',
  accounts: 1e7,
  bban(account) {
    const checked = `063${String(account).padStart(7, '0')}`;
    const key = Number(checked) % 97 || 97;
    return `${checked}${String(key).padStart(2, '0')}`;
  },
};

/** IBAN-UNIQUE-PER-SELLER: never the same virtual IBAN twice in one sandbox process. */
const assigned = new Set<string>();

function composeFor(bank: VirtualIbanBank, account: number): string {
  const iban = composeIBAN({ countryCode: bank.countryCode, bban: bank.bban(account) });
  if (!iban || !isValidIBAN(iban)) throw new Error(`composed an invalid virtual IBAN for account ${account}`);
  return iban;
}

export function assignVirtualIban({ faults, dialects }: Switches): VirtualIban {
  const bank = dialects.has('virtual-iban-country') ? belgianBank : frenchBank;
  let iban = composeFor(bank, 1);
  if (!faults.has('virtual-iban-shared')) {
    do iban = composeFor(bank, randomInt(0, bank.accounts));
    while (assigned.has(iban));
    assigned.add(iban);
  }
  // IBAN-VIRTUAL-VALID: the check digits are right (00 never is).
  if (faults.has('virtual-iban-bad-checksum')) iban = `${iban.slice(0, 2)}00${iban.slice(4)}`;
  return { iban, bic: bank.bic, type: 'VIRTUAL_IBAN' };
}
