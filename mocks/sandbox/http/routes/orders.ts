import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { createOrder, deleteOrder, findOrder, updateOrderAmount } from '../../domain/orders.ts';
import { orderView } from '../representations.ts';

// Orders (seed §3 Orders).
const ms = 'marketplace-services' as const;

export function orderRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, ms, 'POST', '/orders', 'createOrder', ({ context, body }) => ({
    // ORD-CREATE. The fault's 202 is neither the sandbox's 201 nor the created-200 dialect's 200.
    status: context.faults.has('order-created-202') ? 202 : 201,
    body: orderView(createOrder(context, body)),
  }));
  operation(app, ms, 'GET', '/orders/:orderId', 'getOrder', ({ context, params }) => ({ status: 200, body: orderView(findOrder(context, params.orderId!)) }));
  operation(app, ms, 'PATCH', '/orders/:orderId', 'updateOrder', ({ context, params, body }) => ({
    status: 200,
    body: orderView(updateOrderAmount(findOrder(context, params.orderId!), body.amount)),
  }));
  operation(app, ms, 'DELETE', '/orders/:orderId', 'deleteOrder', ({ context, params }) => {
    deleteOrder(context, findOrder(context, params.orderId!));
    return { status: 204 };
  });
  done();
}
