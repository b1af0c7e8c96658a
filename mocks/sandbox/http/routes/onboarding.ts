import type { FastifyInstance } from 'fastify';
import type { RouteOptions } from '../operation.ts';
import { operation } from '../operation.ts';
import { addContact, addDocument, deleteContact, deleteDocument, findContact, findSeller, updateContact, upsertSeller } from '../../domain/onboarding.ts';
import { isUnderReview } from '../../domain/kycRequirements.ts';
import { conflict, DomainProblem, notFound } from '../../domain/problem.ts';
import type { DocumentUpload } from '../../domain/documentRules.ts';
import type { MarketplaceContext, Seller } from '../../domain/marketplace.ts';
import { contactView, sellerView, uploadedDocumentView } from '../representations.ts';

// Onboarding (seed §2.1): sellers, contacts and documents.
const ms = 'marketplace-services' as const;

/** SEC-TENANT-ISOLATION: a path names the marketplace's own seller, or nothing. */
function sellerForRead(context: MarketplaceContext, merchantSellerId: string): Seller {
  const own = context.marketplace.sellersByMerchantId.get(merchantSellerId);
  if (own) return own;
  if (context.faults.has('cross-tenant-seller-read')) {
    for (const marketplace of context.everyMarketplace()) {
      const foreign = marketplace.sellersByMerchantId.get(merchantSellerId);
      if (foreign) return foreign;
    }
  }
  throw notFound(`No seller "${merchantSellerId}" for this marketplace.`);
}

export function onboardingRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, ms, 'PUT', '/sellers/:seller', 'upsertSeller', ({ context, params, body }) => {
    const { seller, created } = upsertSeller(context, params.seller!, body);
    // ONB-CREATE-201-UPDATE-200
    return { status: created ? 201 : 200, body: sellerView(context, seller) };
  });

  operation(app, ms, 'GET', '/sellers/:seller', 'getSeller', ({ context, params }) => {
    const seller = sellerForRead(context, params.seller!);
    // LCK-READS-ALLOWED: reads keep working during a review.
    if (context.faults.has('reads-locked-during-review') && isUnderReview(seller)) {
      throw conflict('KYC_REVIEW_IN_PROGRESS', `Seller "${seller.merchantSellerId}" is under KYC review.`);
    }
    return { status: 200, body: sellerView(context, seller, { forGet: true }) };
  });

  operation(app, ms, 'POST', '/sellers/:seller/contacts', 'addContact', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    return { status: 201, body: contactView(context, seller, addContact(context, seller, body)) };
  });

  operation(app, ms, 'PATCH', '/sellers/:seller/contacts/:contactId', 'updateContact', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    return { status: 200, body: contactView(context, seller, updateContact(context, seller, params.contactId!, body)) };
  });

  operation(app, ms, 'DELETE', '/sellers/:seller/contacts/:contactId', 'deleteContact', ({ context, params }) => {
    deleteContact(context, findSeller(context, params.seller!), params.contactId!);
    return { status: 204 };
  });

  operation(app, ms, 'POST', '/sellers/:seller/documents', 'addSellerDocument', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    return { status: 201, body: uploadedDocumentView(context, addDocument(context, seller, seller, 'seller', body as DocumentUpload)) };
  });

  operation(app, ms, 'DELETE', '/sellers/:seller/documents/:documentId', 'deleteSellerDocument', ({ context, params }) => {
    const seller = findSeller(context, params.seller!);
    deleteDocument(context, seller, seller, params.documentId!);
    return { status: 204 };
  });

  operation(app, ms, 'POST', '/sellers/:seller/contacts/:contactId/documents', 'addContactDocument', ({ context, params, body }) => {
    const seller = findSeller(context, params.seller!);
    const contact = findContact(seller, params.contactId!);
    return { status: 201, body: uploadedDocumentView(context, addDocument(context, seller, contact, 'contact', body as DocumentUpload)) };
  });

  operation(app, ms, 'DELETE', '/sellers/:seller/contacts/:contactId/documents/:documentId', 'deleteContactDocument', ({ context, params }) => {
    const seller = findSeller(context, params.seller!);
    deleteDocument(context, seller, findContact(seller, params.contactId!), params.documentId!);
    return { status: 204 };
  });

  // DOC-NO-UPDATE: a document is added or deleted, never updated (405).
  for (const url of ['/sellers/:seller/documents/:documentId', '/sellers/:seller/contacts/:contactId/documents/:documentId']) {
    app.route({
      method: ['PUT', 'PATCH'],
      url,
      config: { operation: { contract: ms, operationId: 'updateDocument' } },
      handler: async (request, reply) => {
        const { context, shape } = request.sandboxCall!;
        const params = request.params as Record<string, string>;
        const seller = findSeller(context, params.seller!);
        const party = params.contactId === undefined ? seller : findContact(seller, params.contactId);
        const document = party.documents.get(params.documentId!);
        if (!document) throw notFound(`No document "${params.documentId}" here.`);
        if (context.faults.has('document-update-allowed')) {
          const answer = shape({ status: 200, body: uploadedDocumentView(context, document) });
          return reply.code(answer.status).send(answer.body);
        }
        reply.header('allow', 'DELETE');
        throw new DomainProblem(405, 'METHOD_NOT_ALLOWED', 'A document cannot be updated: delete it and add a new one.');
      },
    });
  }
  done();
}
