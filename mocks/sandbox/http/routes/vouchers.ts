import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { selectVoucherContracts } from '../../domain/voucherSelection.ts';

// The voucher contract selection of the second seed (interface §7).
export function voucherRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, 'vouchers', 'POST', '/marketplace/orders', 'createVoucherOrder', ({ context, body }) => ({ status: 201, body: selectVoucherContracts(body, context) }));
  done();
}
