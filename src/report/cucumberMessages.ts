// The subset of cucumber's message protocol (ndjson envelopes) that the sign-off report reads.
// Typed locally so the report depends on the protocol, not on cucumber's internal packages.
import { readFile } from 'node:fs/promises';

export type StepStatus = 'UNKNOWN' | 'PASSED' | 'SKIPPED' | 'PENDING' | 'UNDEFINED' | 'AMBIGUOUS' | 'FAILED';

export interface StepResult {
  status: StepStatus;
  message?: string;
  exception?: { type: string; message?: string; stackTrace?: string };
  duration?: { seconds: number; nanos: number };
}

export interface GherkinStep {
  id: string;
  keyword: string;
  text: string;
  location: { line: number };
}

export interface GherkinScenario {
  id: string;
  name: string;
  location: { line: number };
  steps: GherkinStep[];
  examples?: { tableBody?: { id: string; location: { line: number } }[] }[];
}

export interface FeatureChild {
  background?: { id: string; steps: GherkinStep[] };
  scenario?: GherkinScenario;
  rule?: { children: FeatureChild[] };
}

export interface Envelope {
  gherkinDocument?: { uri: string; feature?: { name: string; children: FeatureChild[] } };
  parseError?: { source: { uri?: string }; message: string };
  pickle?: {
    id: string;
    uri: string;
    name: string;
    location?: { line: number };
    astNodeIds: string[];
    tags: { name: string }[];
    steps: { id: string; text: string; astNodeIds: string[] }[];
  };
  hook?: { id: string; name?: string; sourceReference?: { uri?: string; location?: { line: number } } };
  testCase?: { id: string; pickleId: string; testSteps: { id: string; pickleStepId?: string; hookId?: string }[] };
  testCaseStarted?: { id: string; testCaseId: string; attempt: number; workerId?: string };
  testStepFinished?: { testCaseStartedId: string; testStepId: string; testStepResult: StepResult };
  testCaseFinished?: { testCaseStartedId: string; willBeRetried: boolean };
  attachment?: {
    body: string;
    contentEncoding: 'IDENTITY' | 'BASE64';
    mediaType: string;
    fileName?: string;
    testCaseStartedId?: string;
  };
  testRunStarted?: { timestamp: { seconds: number; nanos: number } };
  testRunHookFinished?: { testRunHookStartedId: string; result: StepResult };
  testRunHookStarted?: { id: string; hookId: string };
  testRunFinished?: { success: boolean; message?: string; exception?: { message?: string }; timestamp: { seconds: number; nanos: number } };
}

/** Reads a messages.ndjson file; a line that is not JSON is named, never thrown as a parser trace. */
export async function readEnvelopes(path: string): Promise<Envelope[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`cannot read cucumber messages at ${path}: run the suite first (mskit run)`);
  }
  return parseEnvelopes(text, path);
}

export function parseEnvelopes(text: string, source = 'messages'): Envelope[] {
  const envelopes: Envelope[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      envelopes.push(JSON.parse(line) as Envelope);
    } catch {
      throw new Error(`${source} line ${index + 1} is not a cucumber message (not JSON): the file is damaged; run the suite again`);
    }
  });
  return envelopes;
}
