// interface §2 asks for *stable* codes: the same mistake always gets the same code. The names are
// the implementation's own (§8), and it may split one of the kit's situations into finer ones, so
// a mistake is told apart by its situation, its operation and the shape of the request that made
// it (which members it had, of which JSON types): two requests of that same shape refused in the
// same situation are the same mistake, and must get the same code throughout the run.

export interface SeenCode {
  situation: string;
  operationId: string;
  code: string;
  /** The request's shape, as mistakeShape() writes it. */
  shape: string;
}

/** `amount:number,currency:string,splits[].fee:number` — a request body's members and JSON types, array positions folded. */
export function mistakeShape(body: unknown): string {
  if (body === undefined) return 'no body';
  if (typeof body === 'string') {
    // A body sent as text is either not JSON at all, or JSON of some shape (an array, a number…).
    try {
      return `text:${mistakeShape(JSON.parse(body))}`;
    } catch {
      return 'text';
    }
  }
  const members: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      if (value.length === 0) members.push(`${path}:array`);
      for (const item of value) walk(item, `${path}[]`);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key);
    } else {
      members.push(`${path || '(root)'}:${value === null ? 'null' : typeof value}`);
    }
  };
  walk(body, '');
  return [...new Set(members)].sort().join(',');
}

export class ErrorCodeLedger {
  private readonly byMistake = new Map<string, SeenCode & { scenario: string }>();

  /** Records the code; returns the earlier answer to the same mistake when it carried another code. */
  record(seen: SeenCode, scenario: string): (SeenCode & { scenario: string }) | undefined {
    const key = `${seen.situation}|${seen.operationId}|${seen.shape}`;
    const earlier = this.byMistake.get(key);
    if (!earlier) {
      this.byMistake.set(key, { ...seen, scenario });
      return undefined;
    }
    return earlier.code === seen.code ? undefined : earlier;
  }

}
