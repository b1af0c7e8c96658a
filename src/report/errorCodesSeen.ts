// The error codes a target answered, per situation (interface §2 asks for stable codes, §8 leaves
// their names to the implementation): taken from the evidence each scenario attached, so that an
// approver sees which names the implementation uses and whether one situation got several.

export interface SituationCodes {
  situation: string;
  codes: { code: string; count: number }[];
}

interface EvidenceWithCodes {
  errorCodes?: { situation?: unknown; code?: unknown }[];
}

export function errorCodesSeen(evidence: readonly unknown[]): SituationCodes[] {
  const bySituation = new Map<string, Map<string, number>>();
  for (const item of evidence) {
    for (const seen of (item as EvidenceWithCodes | null)?.errorCodes ?? []) {
      if (typeof seen.situation !== 'string' || typeof seen.code !== 'string') continue;
      const codes = bySituation.get(seen.situation) ?? new Map<string, number>();
      codes.set(seen.code, (codes.get(seen.code) ?? 0) + 1);
      bySituation.set(seen.situation, codes);
    }
  }
  return [...bySituation]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([situation, codes]) => ({ situation, codes: [...codes].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count })) }));
}
