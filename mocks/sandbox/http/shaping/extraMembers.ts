// The extra-fields dialect (interface §8: "Any answer, webhook or simulation answer may carry fields
// no document names"): every object of a body gets members of its own. They are never arrays, so a
// list object keeps a single array, which is how a client finds the list without a profile.

const extras = { revision: 1, _meta: { source: 'ms-sandbox', dialect: 'extra-fields' } };

/** `value` with the extra members in every object it holds; the body's own members win a name clash. */
export function withExtraMembers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withExtraMembers);
  if (typeof value !== 'object' || value === null) return value;
  const own = Object.fromEntries(Object.entries(value).map(([key, member]) => [key, withExtraMembers(member)]));
  return { ...structuredClone(extras), ...own };
}
