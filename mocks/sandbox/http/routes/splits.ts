import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { splitOrder } from '../../domain/orderSplit.ts';
import { splitOutcomeView } from '../representations.ts';

// Order splits (seed §3 OrderSplit): no webhook, no status (SPL-NO-WEBHOOK).
export function splitRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, 'marketplace-services', 'POST', '/orderSplit', 'splitOrder', ({ context, body }) => ({ status: 201, body: splitOutcomeView(splitOrder(context, body)) }));
  done();
}
