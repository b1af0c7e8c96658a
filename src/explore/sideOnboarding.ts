// The journey's own seller K1 on one side: the ids this side gave it, its contacts and documents,
// the requests each onboarding action makes (the same bodies as the suite's steps), and the seller
// view read back as the documented state of each party and document (interface §3).
import { randomUUID } from 'node:crypto';
import { readPointer, type ApiResponse } from '../client/index.ts';
import { contactPayload } from '../journeys/contactPayloads.ts';
import { documentUpload } from '../journeys/documentUploads.ts';
import { sellerBankAccount, sellerPayload } from '../journeys/sellerPayloads.ts';
import { withValueAt } from '../journeys/sellerPaths.ts';
import { acceptedStatuses } from '../profile/index.ts';
import type { ExploreSide } from './exploreSide.ts';
import { anotherAccountIban, documentName, onboardingSeller, refusalComment, type OnboardingAction, type OnboardingCountry, type PartyName } from './onboardingActions.ts';

const succeeded = (response: ApiResponse) => response.status >= 200 && response.status < 300;

function idIn(response: ApiResponse, field: string): string | undefined {
  const id = readPointer(response.body, `/${field}`);
  return succeeded(response) && typeof id === 'string' && id !== '' ? id : undefined;
}

/** A party's statuses and what it misses; missingData as a sorted list (its order is not documented), none when empty or absent. */
function partyFields(party: Record<string, unknown>): Record<string, string> {
  const missing = Array.isArray(party.missingData) ? party.missingData.map(String).sort() : [];
  return { found: 'yes', dataStatus: String(party.dataStatus ?? 'none'), documentListStatus: String(party.documentListStatus ?? 'none'), missingData: missing.length > 0 ? missing.join(', ') : 'none' };
}

const listOf = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);

export class SideOnboarding {
  merchantSellerId = randomUUID();
  sellerId?: string;
  country: OnboardingCountry = 'FR';
  created = false;
  readonly contacts = new Map<string, string>();
  /** documentId by resource name (`K1's COMPANY_REGISTRATION`, `C1's IDENTITY_CARD`): the latest upload of that party and type. */
  readonly documents = new Map<string, string>();

  constructor(private readonly side: ExploreSide) {}

  private path(party: PartyName = 'seller'): string {
    const seller = `/sellers/${encodeURIComponent(this.merchantSellerId)}`;
    return party === 'seller' ? seller : `${seller}/contacts/${encodeURIComponent(this.contacts.get(party) ?? 'unknown-contact')}`;
  }

  /** Sends the action; undefined when it names a contact or document this side never created. */
  async perform(action: OnboardingAction): Promise<ApiResponse | undefined> {
    const side = this.side;
    switch (action.kind) {
      case 'sellerCreate': {
        this.country = action.country;
        const response = await side.ms({ method: 'PUT', path: this.path(), body: sellerPayload(action.country) });
        this.sellerId = idIn(response, 'sellerId');
        this.created = succeeded(response);
        return response;
      }
      case 'contactAdd': {
        const body = action.except ? contactPayload({ except: [action.except] }) : contactPayload({ effectiveBeneficiary: action.share, firstName: action.contact });
        const response = await side.ms({ method: 'POST', path: `${this.path()}/contacts`, body });
        const contactId = idIn(response, 'contactId');
        if (contactId) this.contacts.set(action.contact, contactId);
        return response;
      }
      case 'documentUpload': {
        if (action.party !== 'seller' && !this.contacts.has(action.party)) return undefined;
        const response = await side.ms({ method: 'POST', path: `${this.path(action.party)}/documents`, body: documentUpload(action.type) });
        const documentId = idIn(response, 'documentId');
        if (documentId) this.documents.set(documentName(action.party, action.type), documentId);
        return response;
      }
      case 'partyChange': {
        if (action.party !== 'seller' && !this.contacts.has(action.party)) return undefined;
        return side.ms({ method: action.party === 'seller' ? 'PUT' : 'PATCH', path: this.path(action.party), body: withValueAt({}, action.field, action.value) });
      }
      case 'assessKyc':
        return side.ms({ method: 'POST', path: `${this.path()}/_assess-kyc` });
      case 'incomingTransfer': {
        const account = sellerBankAccount(this.country);
        const body = { amount: action.cents / 100, currency: 'EUR', debtorName: account.accountName, debtorIban: action.fromSellerAccount ? account.iban : anotherAccountIban };
        return side.simulation({ method: 'POST', path: `${this.path()}/incoming-transfers`, body });
      }
      case 'kycDecision':
        return this.decide(action);
    }
  }

  /**
   * The operator's decision (simulation API). Taken when the reference had a review in progress: the
   * 1 € transfer is only accepted (202, interface §6), so a conflict is asked again until the
   * profile's deadline, as the suite's decision steps do; only tried otherwise.
   */
  private async decide(action: Extract<OnboardingAction, { kind: 'kycDecision' }>): Promise<ApiResponse | undefined> {
    let body: Record<string, unknown> = { decision: 'VALIDATED' };
    if (action.decision === 'REFUSED') {
      const refuse: { sellerData?: { comment: string }; contacts?: { contactId: string; comment: string }[]; documents?: { documentId: string; comment: string }[] } = {};
      for (const part of action.parts) {
        const comment = refusalComment(part);
        if (part.of === 'sellerData') refuse.sellerData = { comment };
        else if (part.of === 'contact') (refuse.contacts ??= []).push({ contactId: this.contacts.get(part.contact) ?? 'unknown-contact', comment });
        else (refuse.documents ??= []).push({ documentId: this.documents.get(documentName(part.party, part.type)) ?? 'unknown-document', comment });
      }
      body = { decision: 'REFUSED', comment: action.parts.map(refusalComment).join(' / '), refuse };
    }
    const deadline = Date.now() + this.side.profile.webhooks.deadlineMs;
    for (;;) {
      const answer = await this.side.simulation({ method: 'POST', path: `${this.path()}/kyc-review`, body });
      const conflict = acceptedStatuses(this.side.profile, 'conflict', answer.operationId).includes(answer.status);
      if (!action.awaited || !conflict || Date.now() >= deadline) return answer;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * K1, its contacts and documents as the seller view shows them: statuses, missing data, each
   * document's status (seed §2.4: "The seller and each contact have both 3 status"). Comments are
   * not read: where a refusal's reason is carried is partly left open (seed §2.7.1).
   */
  async read(): Promise<Map<string, Record<string, string> | undefined>> {
    const states = new Map<string, Record<string, string> | undefined>();
    if (!this.created) return states;
    const response = await this.side.ms({ method: 'GET', path: this.path() });
    const view = succeeded(response) && response.body !== null && typeof response.body === 'object' ? (response.body as Record<string, unknown>) : undefined;
    states.set(onboardingSeller, view && partyFields(view));
    const contacts = listOf(view?.contacts);
    const documents = [...listOf(view?.documents), ...contacts.flatMap((contact) => listOf(contact.documents))];
    for (const [name, contactId] of this.contacts) {
      const contact = contacts.find((candidate) => candidate.contactId === contactId);
      states.set(name, contact ? partyFields(contact) : undefined);
    }
    for (const [name, documentId] of this.documents) {
      const document = documents.find((candidate) => candidate.documentId === documentId);
      states.set(name, document ? { found: 'yes', status: String(document.status ?? 'none') } : undefined);
    }
    return states;
  }
}
