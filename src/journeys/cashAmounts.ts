// Money as the scenarios write it: decimal strings in major units ("0.10"), compared exactly with
// decimal.js. JSON carries numbers (interface "Amounts, dates and codes"), so an amount becomes a
// number only when it is put in a request body, and an answer's number is read back through its
// shortest decimal representation, which is exact for two decimals.
import { Decimal } from 'decimal.js';
import { ExpectationError } from '../world/index.ts';

const decimalAmount = /^-?\d+(\.\d{1,2})?$/;

/** A written amount, refused when it is not a plain decimal with at most two decimals. */
export function cashAmount(written: string): Decimal {
  const text = written.trim();
  if (!decimalAmount.test(text)) throw new ExpectationError(`"${written}" is not an amount: write it as a decimal in major units, e.g. 12.30`);
  return new Decimal(text);
}

/** The JSON number a request carries for a written amount. */
export function amountForJson(written: string | Decimal): number {
  return (typeof written === 'string' ? cashAmount(written) : written).toNumber();
}

/** An amount read from an answer (a JSON number, or a string some implementations send). */
export function amountFromAnswer(value: unknown, where: string): Decimal {
  if (typeof value === 'number' && Number.isFinite(value)) return new Decimal(String(value));
  if (typeof value === 'string' && decimalAmount.test(value.trim())) return new Decimal(value.trim());
  throw new ExpectationError(`${where} is ${JSON.stringify(value)}, not an amount`);
}

/** "12.30": how failure messages show an amount. */
export function shownAmount(amount: Decimal): string {
  return amount.toFixed(2);
}
