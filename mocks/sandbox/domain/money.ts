import { Decimal } from 'decimal.js';

// Money is decimal.js from the moment a JSON number enters until it leaves: binary floats never add amounts.
export type Money = Decimal;

export const ZERO: Money = new Decimal(0);

export function money(value: number | string | Decimal): Money {
  return new Decimal(value);
}

/** The JSON number an amount leaves as (at most two decimals, as every amount is kept). */
export function amountToJson(value: Money): number {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toNumber();
}

export function sumOf(values: Iterable<Money>): Money {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

export function minOf(a: Money, b: Money): Money {
  return a.lessThan(b) ? a : b;
}

export function maxOf(a: Money, b: Money): Money {
  return a.greaterThan(b) ? a : b;
}
