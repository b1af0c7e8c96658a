import { randomUUID } from 'node:crypto';
import { unprocessable, type FieldError } from './problem.ts';
import type { Switches } from './marketplace.ts';

// The second seed: on one order, each voucher contract type pays one sub-seller only (interface §7).
// VOU-CVCONNECT-SAME-RULE: CONECS and CVCONNECT go through the same ranking; VOU-SEED-EXAMPLE is its first test.
export type ContractType = 'CONECS' | 'CVCONNECT';

export interface VoucherRequest {
  contract_type: ContractType;
  eligible_amount?: number;
}

export interface OrderItemRequest {
  external_ref: string;
  ref?: string;
  reference?: string;
  description?: string;
  type?: string;
  amount: number;
  voucher?: VoucherRequest[];
}

export interface SellerContract {
  external_ref: string;
  contract_type: ContractType;
  contract_number: string;
}

/** The voucher seed's example order has only its items: amount and currency are optional. */
export interface VoucherOrderRequest {
  amount?: number;
  currency?: string;
  reference?: string;
  items: OrderItemRequest[];
  contracts?: SellerContract[];
}

export interface SelectedSeller {
  contract_type: ContractType;
  external_ref: string;
  contract_number: string;
  eligible_total: number;
}

export interface VoucherOrder {
  status: 'CREATED';
  amount: number;
  currency?: string;
  reference?: string;
  items: Array<{
    uuid: string;
    external_ref: string;
    reference: string;
    description?: string;
    type?: string;
    amount: number;
    vouchers: Array<{ contract_type: ContractType; eligible_amount?: number; is_selected?: boolean }>;
  }>;
  selectedSellers: SelectedSeller[];
}

interface Candidate {
  sellerRef: string;
  contractNumber: string;
  total: number;
  /** Position of the seller's first item on the order. */
  firstItem: number;
}

function contractIndex(contracts: SellerContract[]): Map<string, SellerContract> {
  const byKey = new Map<string, SellerContract>();
  const ownerOfNumber = new Map<string, string>();
  const errors: FieldError[] = [];
  contracts.forEach((contract, index) => {
    const key = `${contract.contract_type}/${contract.external_ref}`;
    const numberKey = `${contract.contract_type}/${BigInt(contract.contract_number)}`;
    const owner = ownerOfNumber.get(numberKey);
    if (byKey.has(key)) errors.push({ field: `contracts.${index}`, message: `a second ${contract.contract_type} contract for ${contract.external_ref}` });
    else if (owner !== undefined && owner !== contract.external_ref) errors.push({ field: `contracts.${index}.contract_number`, message: `already given for ${owner}` });
    byKey.set(key, contract);
    ownerOfNumber.set(numberKey, contract.external_ref);
  });
  if (errors.length > 0) throw unprocessable('DUPLICATE_CONTRACT', 'A seller has two contracts of one type, or one contract number is given for two sellers.', errors);
  return byKey;
}

function compareContractNumbers(a: string, b: string): number {
  const difference = BigInt(a) - BigInt(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

/**
 * VOU-HIGHEST-ELIGIBLE-WINS, VOU-TIE-CONTRACT-NUMBER, VOU-TIE-LOWEST-CONTRACT-WINS: highest total, then
 * lowest contract number (highest in the tie-highest-contract dialect).
 */
function rank(candidates: Candidate[], type: ContractType, { faults, dialects }: Switches): Candidate | undefined {
  const byItemOrder = (a: Candidate, b: Candidate) => a.firstItem - b.firstItem;
  if (faults.has('voucher-first-seller-wins') || (type === 'CVCONNECT' && faults.has('cvconnect-first-seller-wins'))) return [...candidates].sort(byItemOrder)[0];
  const totalOrder = faults.has('voucher-lowest-eligible-wins') ? 1 : -1;
  const highestWins = faults.has('voucher-tie-highest-contract') || dialects.has('tie-highest-contract');
  const tie = faults.has('voucher-tie-item-order') ? byItemOrder : (a: Candidate, b: Candidate) => (highestWins ? -1 : 1) * compareContractNumbers(a.contractNumber, b.contractNumber);
  return [...candidates].sort((a, b) => totalOrder * (a.total - b.total) || tie(a, b))[0];
}

export function selectVoucherContracts(request: VoucherOrderRequest, switches: Switches): VoucherOrder {
  const { faults } = switches;
  const contracts = contractIndex(request.contracts ?? []);
  const candidates = new Map<ContractType, Map<string, Candidate>>();
  const missing: FieldError[] = [];
  request.items.forEach((item, itemIndex) => {
    (item.voucher ?? []).forEach((voucher, voucherIndex) => {
      const contract = contracts.get(`${voucher.contract_type}/${item.external_ref}`);
      if (!contract) {
        missing.push({ field: `items.${itemIndex}.voucher.${voucherIndex}.contract_type`, message: `no ${voucher.contract_type} contract for ${item.external_ref} in contracts` });
        return;
      }
      const perSeller = candidates.get(voucher.contract_type) ?? new Map<string, Candidate>();
      const candidate = perSeller.get(item.external_ref) ?? { sellerRef: item.external_ref, contractNumber: contract.contract_number, total: 0, firstItem: itemIndex };
      // VOU-SUM-PER-SELLER: a seller's eligible amounts add up over its items (an absent one counts 0).
      const eligible = voucher.eligible_amount ?? 0;
      candidate.total = faults.has('voucher-largest-item-wins') ? Math.max(candidate.total, eligible) : candidate.total + eligible;
      perSeller.set(item.external_ref, candidate);
      candidates.set(voucher.contract_type, perSeller);
    });
  });
  if (missing.length > 0) throw unprocessable('MISSING_CONTRACT', 'A seller has a voucher of a contract type but no contract of that type.', missing);

  const selected = new Map<ContractType, Candidate>();
  if (faults.has('voucher-single-ranking')) {
    const overall = new Map<string, Candidate>();
    for (const perSeller of candidates.values()) {
      for (const candidate of perSeller.values()) {
        const sum = overall.get(candidate.sellerRef);
        overall.set(candidate.sellerRef, { ...candidate, total: (sum?.total ?? 0) + candidate.total });
      }
    }
    const winner = rank([...overall.values()], 'CONECS', switches);
    for (const [type, perSeller] of candidates) {
      const own = winner && perSeller.get(winner.sellerRef);
      if (own) selected.set(type, own);
    }
  } else {
    // VOU-INDEPENDENT-PER-CONTRACT, VOU-ONE-SELLER-PER-CONTRACT: one seller per contract type, each type on its own.
    for (const [type, perSeller] of candidates) {
      const winner = rank([...perSeller.values()], type, switches);
      if (winner) selected.set(type, winner);
    }
  }

  const isSelected = (type: ContractType, sellerRef: string, eligible: number | undefined): boolean =>
    faults.has('voucher-every-candidate-selected') ? (eligible ?? 0) > 0 || selected.get(type)?.sellerRef === sellerRef : selected.get(type)?.sellerRef === sellerRef;
  // VOU-MINOR-UNITS: amounts stay in minor units, as sent.
  const minor = (amount: number): number => (faults.has('voucher-amounts-major-units') ? Math.round(amount / 100) : amount);

  // Without an order amount (the seed's example), the order's amount is its items' total.
  const amount = request.amount ?? request.items.reduce((total, item) => total + item.amount, 0);
  return {
    status: 'CREATED',
    amount: minor(amount),
    ...(request.currency !== undefined ? { currency: request.currency } : {}),
    ...(request.reference !== undefined ? { reference: request.reference } : {}),
    items: request.items.map((item) => ({
      uuid: randomUUID(),
      external_ref: item.external_ref,
      reference: item.reference ?? item.ref ?? '',
      ...(item.description !== undefined ? { description: item.description } : {}),
      ...(item.type !== undefined ? { type: item.type } : {}),
      amount: minor(item.amount),
      // VOU-IS-SELECTED-EVERY-VOUCHER: every voucher object carries is_selected.
      vouchers: (item.voucher ?? []).map((voucher) => {
        const chosen = isSelected(voucher.contract_type, item.external_ref, voucher.eligible_amount);
        return {
          contract_type: voucher.contract_type,
          ...(voucher.eligible_amount !== undefined ? { eligible_amount: minor(voucher.eligible_amount) } : {}),
          ...(chosen || !faults.has('is-selected-only-on-winners') ? { is_selected: chosen } : {}),
        };
      }),
    })),
    selectedSellers: [...selected].map(([type, winner]) => ({
      contract_type: type,
      external_ref: winner.sellerRef,
      contract_number: winner.contractNumber,
      eligible_total: minor(winner.total),
    })),
  };
}
