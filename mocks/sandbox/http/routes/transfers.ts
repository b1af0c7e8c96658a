import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { createTransfer, deleteTransfer, findTransfer, listTransfers } from '../../domain/transfers.ts';
import { newestFirst, transferView } from '../representations.ts';

// Transfers (seed §3 Transfers).
const ms = 'marketplace-services' as const;

export function transferRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, ms, 'POST', '/transfers', 'createTransfer', ({ context, body }) => ({ status: 201, body: transferView(createTransfer(context, body)) }));
  operation(app, ms, 'GET', '/transfers', 'listTransfers', ({ context, query }) => ({
    status: 200,
    body: { items: newestFirst(listTransfers(context, query.sellerId)).map(transferView) },
  }));
  operation(app, ms, 'GET', '/transfers/:transferId', 'getTransfer', ({ context, params }) => ({ status: 200, body: transferView(findTransfer(context, params.transferId!)) }));
  operation(app, ms, 'DELETE', '/transfers/:transferId', 'deleteTransfer', ({ context, params }) => {
    deleteTransfer(context, findTransfer(context, params.transferId!));
    return { status: 204 };
  });
  done();
}
