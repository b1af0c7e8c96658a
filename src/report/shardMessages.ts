// The cucumber messages of several shards (mskit run --shard K/N) as the one stream a single run
// would have written. Every shard parsed the same features and loaded the same steps, but under
// ids of its own: the first shard's documents, step definitions, hooks and test run are kept, the
// others' ids are mapped onto them, and each shard's scenarios follow in feature order, as in a
// serial run. Features that differ between shards are refused: they are not one suite.
import type { Envelope } from './cucumberMessages.ts';

type Json = Record<string, any>;

/** Messages describing the suite, once per run: kept from the first shard that has them. */
const sharedKinds = ['meta', 'source', 'gherkinDocument', 'parameterType', 'stepDefinition', 'hook', 'testRunStarted'] as const;

/** Ids of `other` mapped onto the ids at the same place in `kept` (the same document parsed twice). */
function mapSameShape(kept: unknown, other: unknown, ids: Map<string, string>): void {
  if (Array.isArray(kept) && Array.isArray(other)) {
    kept.forEach((item, i) => mapSameShape(item, other[i], ids));
  } else if (kept && other && typeof kept === 'object' && typeof other === 'object') {
    for (const [key, value] of Object.entries(kept as Json)) {
      const counterpart = (other as Json)[key];
      if (key === 'id' && typeof value === 'string' && typeof counterpart === 'string') ids.set(counterpart, value);
      else mapSameShape(value, counterpart, ids);
    }
  }
}

/** Longer than any id: such strings (attachments, sources) are not looked up (hashing them costs). */
const idLengthLimit = 64;

/** A copy with every id string replaced by its mapping (ids are UUIDs: no other string matches one). */
function remapped<T>(value: T, ids: ReadonlyMap<string, string>): T {
  if (typeof value === 'string') return (value.length > idLengthLimit ? value : (ids.get(value) ?? value)) as T;
  if (Array.isArray(value)) return value.map((item) => remapped(item, ids)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapped(v, ids)])) as T;
  return value;
}

/** What identifies a shared message across shards, ids aside. */
function identityOf(kind: (typeof sharedKinds)[number], message: Json): string {
  if (kind === 'source') return message.uri;
  if (kind === 'gherkinDocument') return message.uri;
  if (kind === 'meta' || kind === 'testRunStarted') return kind;
  const { id: _id, ...rest } = message;
  return JSON.stringify(rest);
}

function kindOf(envelope: Json): string {
  return Object.keys(envelope)[0] ?? '';
}

const timestampMs = (ts: { seconds: number; nanos: number } | undefined) => (ts ? ts.seconds * 1000 + ts.nanos / 1e6 : 0);

export function mergeShardMessages(shards: readonly (readonly Envelope[])[]): Envelope[] {
  const ids = new Map<string, string>();
  const shared = new Map<string, { kind: string; message: Json }>();
  const sources = new Map<string, string>();
  const pickles: Json[] = [];
  const pickleByPlace = new Map<string, Json>();
  const testCases: Json[] = [];
  // Run-level messages (BeforeAll/AfterAll hooks and their attachments) before and after the scenarios.
  const beforeScenarios: Json[] = [];
  const afterScenarios: Json[] = [];
  const attempts = new Map<string, Json[]>();
  const finished: Json[] = [];

  shards.forEach((envelopes, shardIndex) => {
    let scenariosBegan = false;
    for (const envelope of envelopes as Json[]) {
      const kind = kindOf(envelope);
      const message = envelope[kind] as Json;
      if ((sharedKinds as readonly string[]).includes(kind)) {
        const key = `${kind}:${identityOf(kind as (typeof sharedKinds)[number], message)}`;
        const kept = shared.get(key);
        if (kind === 'source') {
          const seen = sources.get(message.uri);
          if (seen !== undefined && seen !== message.data) throw new Error(`shard ${shardIndex + 1} ran another version of ${message.uri} than the first shard: shards must run the same kit`);
          sources.set(message.uri, message.data);
        }
        if (!kept) shared.set(key, { kind, message });
        else if (kind === 'gherkinDocument') mapSameShape(kept.message, message, ids);
        else if (kind === 'testRunStarted') {
          ids.set(message.id, kept.message.id);
          if (timestampMs(message.timestamp) < timestampMs(kept.message.timestamp)) kept.message.timestamp = message.timestamp;
        } else if (typeof message.id === 'string') ids.set(message.id, kept.message.id);
        continue;
      }
      if (kind === 'pickle') {
        // Every run of a feature file (each shard's) emits all its pickles, not only those it runs.
        const key = `${message.uri}|${(message.astNodeIds as string[]).map((id) => ids.get(id) ?? id).join(',')}`;
        const kept = pickleByPlace.get(key);
        if (kept) mapSameShape(kept, message, ids);
        else {
          pickleByPlace.set(key, message);
          pickles.push(message);
        }
      }
      else if (kind === 'testCase') testCases.push(message);
      else if (kind === 'testRunFinished') finished.push(message);
      else {
        const attempt: string | undefined = kind === 'testCaseStarted' ? message.id : message.testCaseStartedId;
        scenariosBegan ||= attempt !== undefined;
        if (attempt === undefined) (scenariosBegan ? afterScenarios : beforeScenarios).push(envelope);
        else attempts.set(attempt, [...(attempts.get(attempt) ?? []), envelope]);
      }
    }
  });

  // Feature order, then line: the order of a serial run.
  // Feature files in path order, as cucumber reads them: whichever shard saw them first.
  const documents = [...shared.values()].filter((s) => s.kind === 'gherkinDocument').map((s) => s.message.uri as string).sort();
  const rank = (pickle: Json) => [documents.indexOf(pickle.uri), pickle.location?.line ?? 0] as const;
  pickles.sort((a, b) => rank(a)[0] - rank(b)[0] || rank(a)[1] - rank(b)[1]);
  const pickleOrder = new Map(pickles.map((pickle, i) => [pickle.id as string, i]));
  const caseOrder = new Map(testCases.map((testCase) => [testCase.id as string, pickleOrder.get(ids.get(testCase.pickleId) ?? testCase.pickleId) ?? 0]));
  const attemptGroups = [...attempts.values()].sort((a, b) => {
    const order = (group: Json[]) => caseOrder.get(group.find((e) => e.testCaseStarted)?.testCaseStarted.testCaseId) ?? 0;
    return order(a) - order(b);
  });

  const wrap = (kind: string, message: Json) => ({ [kind]: message });
  const header = (kind: string) => [...shared.values()].filter((s) => s.kind === kind).map((s) => wrap(kind, s.message));
  const perDocument = documents.flatMap((uri) => [
    ...header('source').filter((e) => e.source!.uri === uri),
    ...header('gherkinDocument').filter((e) => e.gherkinDocument!.uri === uri),
    ...pickles.filter((pickle) => pickle.uri === uri).map((pickle) => wrap('pickle', pickle)),
  ]);
  const last = finished.reduce<Json | undefined>((latest, f) => (!latest || timestampMs(f.timestamp) > timestampMs(latest.timestamp) ? f : latest), undefined);
  const failing = finished.find((f) => !f.success);
  const runFinished = last && { ...last, ...(failing ? { success: false, ...(failing.message ? { message: failing.message } : {}), ...(failing.exception ? { exception: failing.exception } : {}) } : {}) };

  const merged: Json[] = [
    ...header('meta'),
    ...perDocument,
    ...header('parameterType'),
    ...header('stepDefinition'),
    ...header('hook'),
    ...header('testRunStarted'),
    ...testCases.sort((a, b) => (caseOrder.get(a.id) ?? 0) - (caseOrder.get(b.id) ?? 0)).map((testCase) => wrap('testCase', testCase)),
    ...beforeScenarios,
    ...attemptGroups.flat(),
    ...afterScenarios,
    ...(runFinished ? [wrap('testRunFinished', runFinished)] : []),
  ];
  return remapped(merged, ids) as Envelope[];
}
