// Requests that break one field on purpose ("a transaction whose amount is 0.00", "an order without
// its amount"): a valid body, then one field changed or removed, written as the scenario writes it.

type Body = Record<string, unknown>;

/** A written value as JSON: numbers stay numbers ("0.00", "-5"), `null` is null, the rest is text. */
export function writtenValue(written: string): unknown {
  const text = written.trim();
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  if (text === 'null') return null;
  if (text === 'true' || text === 'false') return text === 'true';
  return written;
}

export function withField(body: Body, field: string, written: string): Body {
  return { ...body, [field]: writtenValue(written) };
}

export function withoutField(body: Body, field: string): Body {
  const { [field]: _removed, ...rest } = body;
  return rest;
}
