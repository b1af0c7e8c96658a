// A small OpenAPI 3.1 document with what the kit's contract checks rely on: path templates, $ref
// responses, money decimals, formats, a pattern, webhooks.
export const fixture = {
  openapi: '3.1.0',
  info: { title: 'fixture', version: '1' },
  paths: {
    '/sellers/{merchantSellerId}': {
      get: { operationId: 'getSeller', responses: { '200': { $ref: '#/components/responses/Seller' } } },
    },
    '/sellers/{merchantSellerId}/_assess-kyc': {
      post: { operationId: 'assessKyc', responses: { '202': { $ref: '#/components/responses/Seller' } } },
    },
    '/sellers/{sellerId}/payoutSellers/{payoutSellerId}': {
      delete: { operationId: 'deletePayoutSeller', responses: { '204': { description: 'deleted' }, '409': { $ref: '#/components/responses/Problem' } } },
    },
    '/orders': {
      post: {
        operationId: 'createOrder',
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/OrderRequest' } } } },
        responses: { '201': { description: 'created', content: { 'application/json': { schema: { type: 'object', required: ['orderId'], properties: { orderId: { type: 'string' } } } } } } },
      },
    },
  },
  webhooks: {
    'order.notFound': {
      post: {
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['id', 'type'], properties: { id: { type: 'string' }, type: { const: 'order.notFound' } } } } } },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      Money: { type: 'number', exclusiveMinimum: 0, 'x-decimal-places': 2 },
      OrderRequest: {
        type: 'object',
        required: ['externalOrderId', 'amount'],
        properties: {
          externalOrderId: { type: 'string', pattern: '^[a-z0-9-]+$' },
          amount: { $ref: '#/components/schemas/Money' },
          iban: { type: 'string', format: 'iban' },
          createdAt: { type: 'string', format: 'date-time' },
        },
      },
    },
    responses: {
      Seller: { description: 'seller', content: { 'application/json': { schema: { type: 'object', required: ['merchantSellerId'] } } } },
      Problem: { description: 'problem', content: { 'application/problem+json': { schema: { type: 'object', required: ['code'] } } } },
    },
  },
};
