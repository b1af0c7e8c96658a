// Waiting for the target's webhook about a resource, as the receiver takes it: the first accepted
// event matching, at once a failure when a matching delivery was refused (bad signature, not an
// envelope), a failure listing what arrived when the profile's deadline passes. `resource` lists
// the resource's ids: an event naming any of them is about it (interface §5 leaves which to the
// implementation). Whether the content suits the back-office is Pact's to judge, so the contract
// check of the suite is not applied here.
import { describeSequence, WebhookExpectationError, type WebhookEvent, type WebhookMatch } from '../../webhooks/webhookInbox.ts';
import type { ProviderSession } from './providerSession.ts';

export function waitForWebhook(session: ProviderSession, match: WebhookMatch & { type: string; resource: readonly string[] }): Promise<WebhookEvent> {
  const { inbox } = session;
  if (!inbox) return Promise.reject(new WebhookExpectationError('the target cannot deliver webhooks to the kit (no webhook route configured)'));
  const deadlineMs = session.profile.webhooks.deadlineMs;
  const resource = match.resource.join(' / ');
  return inbox.waitUntil(
    () => {
      const refused = inbox.refused(match)[0];
      if (refused) throw new WebhookExpectationError(`a ${refused.type ?? 'webhook'} delivery for ${resource} was refused: ${refused.reason}`);
      return inbox.events(match)[0];
    },
    deadlineMs,
    () => `no ${match.type} webhook for ${resource} within ${deadlineMs} ms; arrived for it: ${describeSequence(inbox.events({ resource: match.resource }))}`,
  );
}
