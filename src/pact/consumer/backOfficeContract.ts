// Every interaction of the back-office's contract with MS, in one place: the consumer tests write
// them into the pact, the provider verification finds the journey behind each message here.
import { cashInteractions } from './cashInteractions.ts';
import type { HttpInteractionSpec } from './interactionSpec.ts';
import { onboardingInteractions } from './onboardingInteractions.ts';
import { webhookMessages, type WebhookMessageSpec } from './webhookMessages.ts';

export const httpInteractions: readonly HttpInteractionSpec[] = [...onboardingInteractions, ...cashInteractions];

export const messageInteractions: readonly WebhookMessageSpec[] = webhookMessages;
