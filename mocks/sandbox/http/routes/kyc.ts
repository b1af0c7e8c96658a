import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { findSeller } from '../../domain/onboarding.ts';
import { assessKyc } from '../../domain/kycJourney.ts';
import { sellerView } from '../representations.ts';

// Launching the KYC (seed §2.4).
export function kycRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, 'marketplace-services', 'POST', '/sellers/:seller/_assess-kyc', 'assessKyc', ({ context, params }) => {
    const seller = findSeller(context, params.seller!);
    assessKyc(context, seller);
    // KYC-ASSESS-202
    return { status: 202, body: sellerView(context, seller) };
  });
  done();
}
