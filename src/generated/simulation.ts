// Generated from contracts/simulation.openapi.yaml by `npm run generate:types`. Do not edit by hand.

export interface paths {
    "/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register where this marketplace's webhooks go (interface §6)
         * @description Registers a URL to which MS delivers this marketplace's webhooks, signed with `secret` as
         *     interface §5 describes (`MS-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`).
         *
         *     Each call **adds** an endpoint: every webhook of the marketplace is then delivered to every
         *     endpoint it registered (an assumption: parallel test workers each register their own
         *     receiver with the same client). The secret is write-only: it is never echoed in an answer
         *     and never appears in logs.
         */
        post: operations["registerWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/incoming-transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A bank transfer reaches the seller's virtual IBAN (interface §6)
         * @description Simulates a transfer from the seller's own bank account arriving on the virtual IBAN that MS
         *     assigned to it for the KYC check (seed §2.5). A transfer of at least 1.00 EUR during a pending
         *     `_assess-kyc` puts the review in progress and emits `MP_KYC_IN_PROGRESS`. A transfer below
         *     1.00, in another currency, or before any `_assess-kyc` is still accepted (202) but starts
         *     nothing (interface §3).
         */
        post: operations["simulateIncomingTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/kyc-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The KYC operator validates or refuses a seller under review (interface §6)
         * @description The operator's decision on a seller whose review is in progress, that is after an accepted
         *     `_assess-kyc` **and** the 1 € transfer (seed §2.5, interface §3). Otherwise 409
         *     `NO_KYC_REVIEW_IN_PROGRESS`.
         *
         *     `VALIDATED` emits `MP_KYC_VALIDATED`. `REFUSED` emits `MP_KYC_REFUSED`; the parts named in
         *     `refuse` are opened again and carry the given comment as their `kycReviewComment`
         *     (`sellerData` → the seller's `dataStatus` becomes `INCOMPLETE`; each contact → its
         *     `dataStatus` becomes `INCOMPLETE`; each document → `REFUSED`). A refusal that names no part
         *     reopens the seller's data with `comment` as its `kycReviewComment` (an assumption).
         *     `refuse` is only allowed with `REFUSED`. A `contactId` or `documentId` that is not the
         *     seller's is a 422 (`UNKNOWN_CONTACT`, `UNKNOWN_DOCUMENT`).
         */
        post: operations["decideKycReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Buyer money for a transaction is cashed (interface §6)
         * @description Cashes `amount` of buyer money for the transaction: its `paidAmount` grows by `amount`, the
         *     amount moves from previsional to available on the ledger, and `transaction.update` is emitted
         *     (seed §3 Transactions, interface §4). A settlement that would take `paidAmount` above the
         *     transaction's `amount` is refused with 422 `SETTLEMENT_EXCEEDS_AMOUNT` and changes nothing.
         */
        post: operations["settleTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the marketplace's current time (interface §6)
         * @description The marketplace's current time. Scenarios compute due dates and execution dates from it,
         *     never from the machine's clock.
         */
        get: operations["getClock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/clock/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the marketplace's clock forward (interface §6)
         * @description Moves the marketplace's clock forward to `to`: due dates that pass emit their
         *     `transaction.update`, transfers and payouts scheduled up to `to` execute, in date order.
         *     The clock never goes back: a `to` before the current time is a 409 `CLOCK_CANNOT_GO_BACK`
         *     (an implementation may answer 422 instead; the expectation profile's `clockInPast` accepts
         *     both). A `to` equal to the current time changes nothing and answers 200.
         */
        post: operations["advanceClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/bank-batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the bank batch that executes pending payouts now (interface §6)
         * @description Executes every pending payout of this marketplace whose execution date (if any) has been
         *     reached: each becomes `VALIDATED` when the paying account has the available funds, else
         *     `CANCELLED`, and emits its webhook (`payoutMerchant.update` or `payoutSeller.update`, the
         *     latter for payoutSellers and payoutSellerAmount alike; seed §3 Payouts, interface §4). The
         *     answer lists what was executed, possibly nothing. No request body.
         */
        post: operations["runBankBatch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the ledger's accounts and balances (interface §6)
         * @description Every account of this marketplace's ledger, one row per account and currency: the cantonment
         *     (escrow) account, the marketplace account and one account per seller (with its `sellerId`).
         *     `available` is cashed money; `previsional` is money registered but not yet cashed
         *     (interface §4). Internal movements never change the total; money enters only through
         *     settlements and leaves only through executed payouts.
         */
        get: operations["getAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description A positive amount in major units, with at most two decimals (`12.34`). */
        Money: number;
        /** @description A balance in major units, with at most two decimals; zero when nothing is there. */
        Balance: number;
        /** @description An ISO 4217 currency code (`EUR`). */
        CurrencyCode: string;
        /**
         * Format: iban
         * @description An IBAN (ISO 13616) without spaces; the kit checks its mod-97 key.
         */
        Iban: string;
        /**
         * Format: date-time
         * @description An ISO 8601 date-time on the marketplace's clock.
         */
        DateTime: string;
        WebhookEndpointRegistration: {
            /**
             * Format: uri
             * @description Where to POST the webhooks.
             */
            url: string;
            /** @description The HMAC-SHA256 key of the `MS-Signature` header (interface §5). Never echoed. */
            secret: string;
        };
        WebhookEndpoint: {
            /** @description The endpoint's id, assigned by the implementation. */
            id: string;
            /** Format: uri */
            url?: string;
        };
        IncomingTransfer: {
            amount: components["schemas"]["Money"];
            currency: components["schemas"]["CurrencyCode"];
            /** @description The holder of the account the money comes from. */
            debtorName: string;
            debtorIban: components["schemas"]["Iban"];
        };
        IncomingTransferReceipt: {
            /** @description The received transfer's id (an assumption, for the evidence). */
            incomingTransferId?: string;
            merchantSellerId?: string;
            amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            receivedAt?: components["schemas"]["DateTime"];
        };
        /** @description The operator's comment, shown as `kycReviewComment` on the refused part. */
        ReviewComment: string;
        KycReviewDecision: {
            /** @enum {string} */
            decision: "VALIDATED" | "REFUSED";
            comment?: components["schemas"]["ReviewComment"];
            /** @description The parts refused, each with its comment. Only with `decision` REFUSED. */
            refuse?: {
                sellerData?: {
                    comment: components["schemas"]["ReviewComment"];
                };
                contacts?: {
                    contactId: string;
                    comment: components["schemas"]["ReviewComment"];
                }[];
                documents?: {
                    documentId: string;
                    comment: components["schemas"]["ReviewComment"];
                }[];
            };
        };
        KycReviewOutcome: {
            merchantSellerId?: string;
            /** @enum {string} */
            decision?: "VALIDATED" | "REFUSED";
        };
        SettlementRequest: {
            amount: components["schemas"]["Money"];
        };
        Settlement: {
            transactionId?: string;
            /** @description Money cashed so far for the transaction, never above its `amount`. */
            paidAmount?: number;
            /**
             * @description The transaction's payment status (the MS contract's assumption, interface §4).
             * @enum {string}
             */
            status?: "UNPAID" | "PARTIALLY_PAID" | "PAID";
        };
        Clock: {
            now: components["schemas"]["DateTime"];
        };
        ClockAdvance: {
            to: components["schemas"]["DateTime"];
        };
        BankBatch: {
            executed?: components["schemas"]["ExecutedPayout"][];
        };
        ExecutedPayout: {
            /**
             * @description Which kind of payout; `id` is its `payoutMerchantId`, `payoutSellerId` or `payoutSellerAmountId`.
             * @enum {string}
             */
            kind: "payoutMerchant" | "payoutSeller" | "payoutSellerAmount";
            id: string;
            /** @enum {string} */
            status: "VALIDATED" | "CANCELLED";
        };
        Accounts: {
            accounts: components["schemas"]["Account"][];
        };
        Account: {
            /** @enum {string} */
            account: "CANTONMENT" | "MARKETPLACE" | "SELLER";
            /** @description The seller's MS id; present on (and only on) SELLER accounts. */
            sellerId?: string;
            currency: components["schemas"]["CurrencyCode"];
            available: components["schemas"]["Balance"];
            previsional: components["schemas"]["Balance"];
        };
        /** @description An RFC 9457 problem, as in the MS API (interface §2). */
        Problem: {
            /** Format: uri-reference */
            type: string;
            title: string;
            status: number;
            detail?: string;
            /** @description A stable machine-readable name of the error. */
            code: string;
            /** @description One entry per field at fault; present when a field can be named. */
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        ProblemFieldError: {
            /** @description Dotted path of the field in the request body, array indexes as numbers (`items.0.amount`). */
            field: string;
            message: string;
        };
    };
    responses: {
        /** @description The body is not JSON, or not a JSON object. */
        MalformedBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No bearer token, or an expired or invalid one. */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The token lacks the `marketplace:rw` scope. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No seller with this id for this marketplace (another marketplace's seller answers the same). */
        SellerNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No transaction with this id for this marketplace (another marketplace's transaction answers the same). */
        TransactionNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The seller's KYC review is not in progress (no accepted `_assess-kyc`, or the 1 € transfer not received yet). */
        NoKycReviewInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The requested time is before the marketplace's current time. */
        ClockCannotGoBack: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A field is missing or malformed, or names something the seller does not have. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The amount is malformed, or would take `paidAmount` above the transaction's `amount`. */
        SettlementRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The seller's id as the marketplace supplied it (seed §2.3.1).
         * @example seller-atelier-lumiere
         */
        MerchantSellerId: string;
        /**
         * @description The transaction's id as MS assigned it (seed §3 Transactions).
         * @example trx_01HZX5A3F6GH
         */
        TransactionId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaMoney = components['schemas']['Money'];
export type SchemaBalance = components['schemas']['Balance'];
export type SchemaCurrencyCode = components['schemas']['CurrencyCode'];
export type SchemaIban = components['schemas']['Iban'];
export type SchemaDateTime = components['schemas']['DateTime'];
export type SchemaWebhookEndpointRegistration = components['schemas']['WebhookEndpointRegistration'];
export type SchemaWebhookEndpoint = components['schemas']['WebhookEndpoint'];
export type SchemaIncomingTransfer = components['schemas']['IncomingTransfer'];
export type SchemaIncomingTransferReceipt = components['schemas']['IncomingTransferReceipt'];
export type SchemaReviewComment = components['schemas']['ReviewComment'];
export type SchemaKycReviewDecision = components['schemas']['KycReviewDecision'];
export type SchemaKycReviewOutcome = components['schemas']['KycReviewOutcome'];
export type SchemaSettlementRequest = components['schemas']['SettlementRequest'];
export type SchemaSettlement = components['schemas']['Settlement'];
export type SchemaClock = components['schemas']['Clock'];
export type SchemaClockAdvance = components['schemas']['ClockAdvance'];
export type SchemaBankBatch = components['schemas']['BankBatch'];
export type SchemaExecutedPayout = components['schemas']['ExecutedPayout'];
export type SchemaAccounts = components['schemas']['Accounts'];
export type SchemaAccount = components['schemas']['Account'];
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaProblemFieldError = components['schemas']['ProblemFieldError'];
export type ResponseMalformedBody = components['responses']['MalformedBody'];
export type ResponseUnauthenticated = components['responses']['Unauthenticated'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseSellerNotFound = components['responses']['SellerNotFound'];
export type ResponseTransactionNotFound = components['responses']['TransactionNotFound'];
export type ResponseNoKycReviewInProgress = components['responses']['NoKycReviewInProgress'];
export type ResponseClockCannotGoBack = components['responses']['ClockCannotGoBack'];
export type ResponseUnprocessable = components['responses']['Unprocessable'];
export type ResponseSettlementRefused = components['responses']['SettlementRefused'];
export type ParameterMerchantSellerId = components['parameters']['MerchantSellerId'];
export type ParameterTransactionId = components['parameters']['TransactionId'];
export type $defs = Record<string, never>;
export interface operations {
    registerWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEndpointRegistration"];
            };
        };
        responses: {
            /** @description The endpoint is registered; the answer never contains the secret. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    simulateIncomingTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id as the marketplace supplied it (seed §2.3.1).
                 * @example seller-atelier-lumiere
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncomingTransfer"];
            };
        };
        responses: {
            /** @description The transfer is received; its effect (if any) follows asynchronously. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncomingTransferReceipt"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SellerNotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    decideKycReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id as the marketplace supplied it (seed §2.3.1).
                 * @example seller-atelier-lumiere
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycReviewDecision"];
            };
        };
        responses: {
            /** @description The decision is recorded; its webhook follows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KycReviewOutcome"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["SellerNotFound"];
            409: components["responses"]["NoKycReviewInProgress"];
            422: components["responses"]["Unprocessable"];
        };
    };
    settleTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction's id as MS assigned it (seed §3 Transactions).
                 * @example trx_01HZX5A3F6GH
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettlementRequest"];
            };
        };
        responses: {
            /** @description The money is cashed; the transaction's new paid amount and status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settlement"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TransactionNotFound"];
            422: components["responses"]["SettlementRefused"];
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    advanceClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClockAdvance"];
            };
        };
        responses: {
            /** @description The clock has moved; everything due up to the new time has run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Clock"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["ClockCannotGoBack"];
            422: components["responses"]["Unprocessable"];
        };
    };
    runBankBatch: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payouts executed by this batch. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BankBatch"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
    getAccounts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Accounts"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
        };
    };
}
