// Per-run random values: the id prefix every worker shares, and the webhook signing secret.
import { randomBytes } from 'node:crypto';

export function newRunId(): string {
  return randomBytes(3).toString('hex');
}

export function newWebhookSecret(): string {
  return `mskit-whsec-${randomBytes(24).toString('hex')}`;
}
