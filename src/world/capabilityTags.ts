// `@needs-<capability>` tags: a scenario needing what the target lacks is skipped and reported as
// not verified, never as passed.
import type { Capabilities, CapabilityName } from '../targets/index.ts';

const tagCapabilities: Record<string, { capability: CapabilityName; lacking: string }> = {
  '@needs-simulation': { capability: 'simulation', lacking: 'simulation API' },
  '@needs-second-marketplace': { capability: 'secondMarketplace', lacking: 'second marketplace' },
  '@needs-reader-client': { capability: 'readerClient', lacking: 'reader client (a client without marketplace:rw)' },
  '@needs-webhooks': { capability: 'webhooks', lacking: 'webhook delivery to the kit' },
  '@needs-vouchers': { capability: 'vouchers', lacking: 'voucher API' },
};

export const capabilityTags = Object.keys(tagCapabilities);

export class CapabilityTagError extends Error {
  override name = 'CapabilityTagError';
}

/** The `not verified: …` note when the target lacks something a tag asks for, else undefined. */
export function missingCapabilityNote(tags: readonly string[], capabilities: Capabilities): string | undefined {
  for (const tag of tags.filter((name) => name.startsWith('@needs-'))) {
    const need = tagCapabilities[tag];
    if (!need) throw new CapabilityTagError(`unknown capability tag ${tag}: use one of ${capabilityTags.join(', ')}`);
    if (!capabilities[need.capability]) return `not verified: the target has no ${need.lacking} (${tag})`;
  }
  return undefined;
}
