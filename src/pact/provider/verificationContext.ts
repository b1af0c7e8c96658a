// What the state handlers and message providers of one verification share: the values the last
// provider state made (a message provider drives the journey of the state just set up), and the
// reason each state or message failed, in the kit's words (Pact only reports "state change failed").

export type StateValues = Record<string, string | number | boolean | null>;

export class VerificationContext {
  current: StateValues = {};
  private readonly stateFailures = new Map<string, string>();
  private readonly messageFailures = new Map<string, string>();

  stateFailed(stateName: string, reason: string): void {
    this.stateFailures.set(stateName, reason);
  }

  messageFailed(description: string, reason: string): void {
    this.messageFailures.set(description, reason);
  }

  /** Why setting up `stateName` last failed, if it did. */
  stateFailure(stateName: string): string | undefined {
    return this.stateFailures.get(stateName);
  }

  messageFailure(description: string): string | undefined {
    return this.messageFailures.get(description);
  }

  value(name: string): string {
    const value = this.current[name];
    if (typeof value !== 'string' || value === '') throw new Error(`the provider state set up no ${name}`);
    return value;
  }

  amount(name: string): number {
    const value = Number(this.current[name]);
    if (!Number.isFinite(value)) throw new Error(`the provider state gave no ${name} amount`);
    return value;
  }
}
