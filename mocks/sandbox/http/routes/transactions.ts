import type { FastifyInstance } from 'fastify';
import { operation, type RouteOptions } from '../operation.ts';
import { createTransaction, deleteTransaction, findTransaction, listTransactions, updateTransaction } from '../../domain/transactions.ts';
import { newestFirst, transactionView } from '../representations.ts';

// Transactions (seed §3 Transactions).
const ms = 'marketplace-services' as const;

export function transactionRoutes(app: FastifyInstance, _options: RouteOptions, done: () => void): void {
  operation(app, ms, 'POST', '/transactions', 'createTransaction', ({ context, body }) => ({ status: 201, body: transactionView(createTransaction(context, body)) }));
  operation(app, ms, 'GET', '/transactions', 'listTransactions', ({ context, query }) => ({
    status: 200,
    body: { items: newestFirst(listTransactions(context, query.externalOrderId)).map(transactionView) },
  }));
  operation(app, ms, 'GET', '/transactions/:transactionId', 'getTransaction', ({ context, params }) => ({
    status: 200,
    body: transactionView(findTransaction(context, params.transactionId!)),
  }));
  operation(app, ms, 'PATCH', '/transactions/:transactionId', 'updateTransaction', ({ context, params, body }) => ({
    status: 200,
    body: transactionView(updateTransaction(context, findTransaction(context, params.transactionId!), body)),
  }));
  operation(app, ms, 'DELETE', '/transactions/:transactionId', 'deleteTransaction', ({ context, params }) => {
    deleteTransaction(context, findTransaction(context, params.transactionId!));
    return { status: 204 };
  });
  done();
}
