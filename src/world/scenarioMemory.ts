// What a scenario remembers by name ("Acme", "orderId"), and `${name}` interpolation of those
// values in step text (paths, JSON bodies). `${Acme.sellerId}` reads a field of a remembered object.

export class ScenarioMemoryError extends Error {
  override name = 'ScenarioMemoryError';
}

export class ScenarioMemory {
  private readonly values = new Map<string, unknown>();

  remember(name: string, value: unknown): void {
    this.values.set(name, value);
  }

  has(name: string): boolean {
    return this.values.has(name);
  }

  /** `kind` only words the error: `no seller called "Acme" in this scenario`. */
  recall<T = unknown>(name: string, kind = 'value'): T {
    if (!this.values.has(name)) throw new ScenarioMemoryError(`no ${kind} called "${name}" in this scenario`);
    return this.values.get(name) as T;
  }

  names(): string[] {
    return [...this.values.keys()];
  }

  /** Every string value remembered (ids mostly), for telling this scenario's webhooks apart. */
  keys(): string[] {
    return [...this.values.values()].flatMap((value) => resourceKeysOf(value));
  }

  interpolate(text: string): string {
    return text.replace(/\$\{([^}]+)\}/g, (_whole, reference: string) => {
      const [name, ...path] = reference.trim().split('.');
      let value: unknown = this.recall(name);
      for (const field of path) {
        if (value === null || typeof value !== 'object' || !(field in value)) throw new ScenarioMemoryError(`"${name}" has no field "${path.join('.')}" in this scenario`);
        value = (value as Record<string, unknown>)[field];
      }
      if (value !== null && typeof value === 'object') throw new ScenarioMemoryError(`"\${${reference}}" is a structure, not a value: name one of its fields, e.g. \${${name}.${Object.keys(value)[0] ?? 'id'}}`);
      return String(value);
    });
  }
}

/**
 * The ids a remembered value stands for: a string or number is itself; an object stands for its
 * top-level id fields (`merchantSellerId`, `sellerId`, …), so a seller remembered as an object
 * still matches webhooks that carry either id.
 */
export function resourceKeysOf(value: unknown): string[] {
  if (typeof value === 'string' || typeof value === 'number') return [String(value)];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value)
    .filter(([key, item]) => /id$/i.test(key) && (typeof item === 'string' || typeof item === 'number'))
    .map(([, item]) => String(item));
}
