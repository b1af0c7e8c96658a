// Generated from contracts/marketplace-services.openapi.yaml by `npm run generate:types`. Do not edit by hand.

export interface paths {
    "/sellers/{merchantSellerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        /**
         * Read everything already provided for a seller, with its statuses (seed §2.1)
         * @description The whole seller view (seed §2.2, §2.4): stored fields, `sellerId`, `dataStatus`, `missingData`,
         *     `documentListStatus`, document metadata (never `fileContent`), contacts with their own statuses,
         *     `kycReviewComment` after a refusal and `identityVerification.virtualIban` once assigned (seed §2.5).
         *     Reads keep working during a KYC review.
         */
        get: operations["getSeller"];
        /**
         * Create or complete a seller from the marketplace's own id (seed §2.1)
         * @description Upsert accepting partial data, any number of times (seed §2.2, interface §3). Fields sent are stored,
         *     fields absent are kept; an object field (`address`, `businessActivity`, `bankingInformation`) is merged
         *     sub-field by sub-field and `externalRegistrations` are merged by `code`. Formats are enforced on
         *     every present value (422 naming the field). Answers 201 with the seller view when the seller is new,
         *     200 when it updates one. Refused with 409 `KYC_REVIEW_IN_PROGRESS` while a KYC review is pending.
         */
        put: operations["upsertSeller"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a physical person (effective beneficiary) to a seller (seed §2.3.2)
         * @description Adds a contact; partial data is accepted and what KYC still needs shows in the contact's
         *     `missingData` (interface §3). `effectiveBeneficiary` is a percentage in [0, 100] and the sum over the
         *     seller's contacts may be below 100 but never above (422 `EFFECTIVE_BENEFICIARY_OVER_100`). Answers 201
         *     with the contact view, whose `contactId` names it from then on.
         */
        post: operations["addContact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a contact (seed §2.1)
         * @description Deletes the contact and its documents. Refused with 409 `KYC_REVIEW_IN_PROGRESS` while the seller's review is pending.
         */
        delete: operations["deleteContact"];
        options?: never;
        head?: never;
        /**
         * Change some information about a contact (seed §2.1)
         * @description Partial update with the same merge rules as the seller upsert (seed §2.3.2, interface §3). Answers 200
         *     with the contact view. Refused with 409 `KYC_REVIEW_IN_PROGRESS` while the seller's review is pending.
         */
        patch: operations["updateContact"];
        trace?: never;
    };
    "/sellers/{merchantSellerId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document proving the company (seed §2.3.3)
         * @description Adds a seller document (seed §2.3.3, interface §3). `name` ends in `.pdf`, `.jpg`, `.jpeg` or `.png`;
         *     `fileContent` is valid base64 of at most 10 MiB decoded (else 413 `DOCUMENT_TOO_LARGE`). A new
         *     document is `REGISTERED`. The content is never given back. The minimum for KYC is one
         *     `COMPANY_REGISTRATION` that is not `REFUSED`.
         */
        post: operations["addSellerDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The document's id assigned by MS.
                 * @example doc_c0ffee01
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a seller document (seed §2.1)
         * @description A document cannot be updated, only added or deleted (seed §2.3.3). Refused with 409 `KYC_REVIEW_IN_PROGRESS` while the seller's review is pending.
         */
        delete: operations["deleteSellerDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/contacts/{contactId}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a document proving a contact's identity (seed §2.3.3)
         * @description Adds a contact document (seed §2.3.3; path normalised to `contacts` by interface §1). Same rules as
         *     seller documents. The minimum for KYC is one `IDENTITY_CARD` or `PASSPORT` that is not `REFUSED`.
         */
        post: operations["addContactDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/contacts/{contactId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
                /**
                 * @description The document's id assigned by MS.
                 * @example doc_c0ffee01
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a contact document (seed §2.1)
         * @description A document cannot be updated, only added or deleted (seed §2.3.3). Refused with 409 `KYC_REVIEW_IN_PROGRESS` while the seller's review is pending.
         */
        delete: operations["deleteContactDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{merchantSellerId}/_assess-kyc": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Launch the KYC review of a seller and of all its contacts (seed §2.4)
         * @description Accepted (202) only when the seller's `dataStatus` and `documentListStatus` are `COMPLETE` (or
         *     `VALIDATED`), it has at least one contact, and every contact is `COMPLETE` (or `VALIDATED`) on both
         *     (seed §2.4, interface §3); otherwise 422 `KYC_PRECONDITIONS_NOT_MET` listing what blocks it. The answer
         *     is the seller view, its statuses now `PENDING_VALIDATION`. From then until the decision the seller, its
         *     contacts and documents are locked (409 `KYC_REVIEW_IN_PROGRESS`, a second `_assess-kyc` too). The
         *     first accepted call is followed by `MP_IBAN_AVAILABLE_FOR_PAYMENT` (seed §2.5); after a refusal, a new
         *     call needs no new 1 € transfer and emits `MP_KYC_IN_PROGRESS` again (seed §2.8).
         */
        post: operations["assessKyc"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register an order of the marketplace (seed §3 Orders)
         * @description Orders are the entry point of every cash operation; their amount has no accounting effect, only
         *     transactions count (seed §3 Orders). Refused with 422 `NO_KYC_VALIDATED_SELLER` while the marketplace
         *     has no seller with a validated KYC, 409 `EXTERNAL_ID_CONFLICT` when `externalOrderId` already names an
         *     order.
         */
        post: operations["createOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/orders/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's id assigned by MS.
                 * @example ord_9a4c21f5
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        /**
         * Read an order (interface §4)
         * @description Provided for observability (an assumption of interface §4; the seed lists no GET on orders). `amount` is `null` when MS created the order from a transaction naming an unknown `externalOrderId` and no PATCH has set it yet.
         */
        get: operations["getOrder"];
        put?: never;
        post?: never;
        /**
         * Delete an order that has no transaction (seed §3 Orders)
         * @description Possible only while no transaction was created for this order (seed §3 Orders); otherwise 409 `ORDER_HAS_TRANSACTIONS`.
         */
        delete: operations["deleteOrder"];
        options?: never;
        head?: never;
        /**
         * Change an order's amount (seed §3 Orders)
         * @description Sets the order amount, typically after an `order.notFound` webhook (seed §3 Orders).
         */
        patch: operations["updateOrder"];
        trace?: never;
    };
    "/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the marketplace's transactions, newest first (seed §3 Transactions)
         * @description All transactions of the marketplace, newest first; `externalOrderId` narrows to one order's.
         */
        get: operations["listTransactions"];
        put?: never;
        /**
         * Register a payment, refund or credit of an order (seed §3 Transactions)
         * @description `amount` must be above 0; a `REFUND` cannot be registered before a `PAYMENT` on the same order
         *     (422 `REFUND_BEFORE_PAYMENT`) (seed §3 Transactions). An unknown `externalOrderId` is still accepted:
         *     MS creates the order without an amount and sends `order.notFound` (interface §4). A new transaction
         *     has `paidAmount` 0 and status `UNPAID`; cashed money arrives later (`transaction.update`).
         */
        post: operations["createTransaction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/{transactionId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction's id assigned by MS.
                 * @example trx_51e0b7c3
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        /**
         * Read a transaction (seed §3 Transactions)
         * @description The transaction with its `paidAmount` (cashed so far) and payment `status`.
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        /**
         * Delete a transaction nothing was cashed for (seed §3 Transactions)
         * @description Possible only while the amount cashed for this transaction is 0 (seed §3 Transactions); otherwise 409 `TRANSACTION_HAS_CASHED_MONEY`.
         */
        delete: operations["deleteTransaction"];
        options?: never;
        head?: never;
        /**
         * Change the due date of a transaction (seed §3 Transactions)
         * @description Only `dueDate` can change; any other field is 422 `VALIDATION_FAILED` (interface §4).
         */
        patch: operations["updateTransaction"];
        trace?: never;
    };
    "/orderSplit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dispatch an order's pay-ins into sellers' accounts (seed §3 OrderSplit)
         * @description All or nothing, cumulative over calls for the same order (seed §3 OrderSplit, interface §4). For the
         *     order, Σ SELLER_PAYMENT − Σ SELLER_REFUND over all accepted lines must stay ≤ Σ PAYMENT − Σ REFUND −
         *     Σ CREDIT over its transactions, paid or not (422 `SPLIT_EXCEEDS_TRANSACTIONS`); a seller refund cannot
         *     take back more than that seller was paid on that order (422 `SPLIT_REFUND_EXCEEDS_SELLER_PAYMENTS`);
         *     `0 ≤ fee ≤ amount` (422 `FEE_EXCEEDS_AMOUNT`). Movements on uncashed money are previsional. There is
         *     no webhook for splits.
         */
        post: operations["splitOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the marketplace's transfers, newest first (seed §3 Transfers)
         * @description All transfers of the marketplace, newest first; `sellerId` narrows to one seller's.
         */
        get: operations["listTransfers"];
        put?: never;
        /**
         * Move money between the marketplace account and a seller account (seed §3 Transfers)
         * @description Created `PENDING`; it executes right after the answer, or when the clock reaches its `executionDate`:
         *     `VALIDATED` when the paying account has the available funds, else `CANCELLED`, announced by
         *     `transfer.update` (seed §3 Transfers, interface §4).
         */
        post: operations["createTransfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transfer's id assigned by MS.
                 * @example trf_3e6f0a12
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        /**
         * Read a transfer (seed §3 Transfers)
         * @description The transfer with its current status.
         */
        get: operations["getTransfer"];
        put?: never;
        post?: never;
        /**
         * Delete a transfer still waiting for its execution date (seed §3 Transfers)
         * @description Possible only while the transfer is not executed, i.e. planned at a future `executionDate` (seed §3 Transfers); otherwise 409 `TRANSFER_ALREADY_EXECUTED`.
         */
        delete: operations["deleteTransfer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutMerchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the marketplace's payouts, newest first (seed §3 PayoutMerchants)
         * @description All payouts to the marketplace's bank account, newest first.
         */
        get: operations["listPayoutMerchants"];
        put?: never;
        /**
         * Wire money to the marketplace's own bank account (seed §3 PayoutMerchants)
         * @description Each call is a new SEPA credit transfer from the marketplace account (seed §3 PayoutMerchants). Created
         *     `PENDING`; settled by a bank batch (or at `executionDate`), then `VALIDATED`, or `CANCELLED` when the
         *     available funds are not enough, announced by `payoutMerchant.update` (interface §4).
         */
        post: operations["createPayoutMerchant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/payoutMerchants/{payoutMerchantId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payoutMerchant's id assigned by MS.
                 * @example pom_60b1d8a2
                 */
                payoutMerchantId: components["parameters"]["PayoutMerchantId"];
            };
            cookie?: never;
        };
        /**
         * Read a payout to the marketplace (seed §3 PayoutMerchants)
         * @description The payout with its current status.
         */
        get: operations["getPayoutMerchant"];
        put?: never;
        post?: never;
        /**
         * Delete a payout to the marketplace not yet executed (seed §3 PayoutMerchants)
         * @description Possible only while the payout is `PENDING` (seed §3 PayoutMerchants, interface §4); otherwise 409 `PAYOUT_ALREADY_EXECUTED`.
         */
        delete: operations["deletePayoutMerchant"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{sellerId}/payoutSellers": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        /**
         * List a seller's order-based payouts, newest first (seed §3 PayoutSellers)
         * @description All payoutSellers of the seller, newest first.
         */
        get: operations["listPayoutSellers"];
        put?: never;
        /**
         * Wire a seller's money for some or all of its orders to its bank account (seed §3 PayoutSellers)
         * @description Each call is a new SEPA credit transfer to the seller's `bankingInformation` (seed §3 PayoutSellers).
         *     Without `orders`, every payable order of the seller is paid; with `orders`, those orders, each up to
         *     its `askedAmount` when given (as much as the received funds allow); `transfers` adds validated
         *     transfers the seller received. `amount` in the answer is what it will pay. Created `PENDING`; settled
         *     by a bank batch, then `VALIDATED`, or `CANCELLED` when there is nothing to pay or not enough available
         *     funds, announced by `payoutSeller.update` (interface §4). The seller's KYC must be validated (422
         *     `SELLER_NOT_KYC_VALIDATED`).
         */
        post: operations["createPayoutSeller"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{sellerId}/payoutSellers/{payoutSellerId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSeller's id assigned by MS.
                 * @example pos_0d5e9b47
                 */
                payoutSellerId: components["parameters"]["PayoutSellerId"];
            };
            cookie?: never;
        };
        /**
         * Read an order-based payout to a seller (seed §3 PayoutSellers)
         * @description The payout with its current status.
         */
        get: operations["getPayoutSeller"];
        put?: never;
        post?: never;
        /**
         * Delete an order-based payout not yet executed (seed §3 PayoutSellers)
         * @description Possible only while the payout is `PENDING` (seed §3 PayoutSellers, interface §4); otherwise 409 `PAYOUT_ALREADY_EXECUTED`.
         */
        delete: operations["deletePayoutSeller"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{sellerId}/payoutSellerAmount": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        /**
         * List a seller's amount-based payouts, newest first (seed §3 PayoutSellerAmount)
         * @description All payoutSellerAmounts of the seller, newest first.
         */
        get: operations["listPayoutSellerAmounts"];
        put?: never;
        /**
         * Wire an asked amount of a seller's money to its bank account (seed §3 PayoutSellerAmount)
         * @description Like a payoutSeller but for an asked amount, funds being controlled on the seller's available balance
         *     only, not order by order (seed §3 PayoutSellerAmount). Created `PENDING`; settled by a bank batch,
         *     then `VALIDATED`, or `CANCELLED` when the seller's available balance is not enough, announced by
         *     `payoutSeller.update` (interface §4, §5).
         */
        post: operations["createPayoutSellerAmount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sellers/{sellerId}/payoutSellerAmount/{payoutSellerAmountId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSellerAmount's id assigned by MS.
                 * @example psa_a17c3f58
                 */
                payoutSellerAmountId: components["parameters"]["PayoutSellerAmountId"];
            };
            cookie?: never;
        };
        /**
         * Read an amount-based payout to a seller (seed §3 PayoutSellerAmount)
         * @description The payout with its current status.
         */
        get: operations["getPayoutSellerAmount"];
        put?: never;
        post?: never;
        /**
         * Delete an amount-based payout not yet executed (seed §3 PayoutSellerAmount)
         * @description Possible only while the payout is `PENDING` (seed §3 PayoutSellerAmount, interface §4); otherwise 409 `PAYOUT_ALREADY_EXECUTED`.
         */
        delete: operations["deletePayoutSellerAmount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    MP_IBAN_AVAILABLE_FOR_PAYMENT: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The virtual IBAN for the seller's 1 € transfer is available (seed §2.5)
         * @description Sent once per seller, a few moments after its first accepted `_assess-kyc`; the IBAN also appears in
         *     `identityVerification.virtualIban` of the seller view (seed §2.5, §2.6.1). Never sent again after a
         *     refusal and a new `_assess-kyc` (interface §3).
         */
        post: operations["notifyIbanAvailableForPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    MP_KYC_IN_PROGRESS: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The 1 € transfer arrived and an operator is reviewing the seller (seed §2.6)
         * @description Sent when the 1 € transfer from the seller's account is received while a review is requested, and again on each new `_assess-kyc` after a refusal (seed §2.6, §2.6.1).
         */
        post: operations["notifyKycInProgress"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    MP_KYC_VALIDATED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seller's KYC is validated; its sellerId can be used for cash (seed §2.6)
         * @description The review approved the seller, its contacts and documents (seed §2.6); every status becomes `VALIDATED`.
         */
        post: operations["notifyKycValidated"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    MP_KYC_REFUSED: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seller's KYC is refused; the refused parts carry a kycReviewComment (seed §2.7)
         * @description The refused parts (seller data, contacts, documents) are open again and carry `kycReviewComment` in the seller view (seed §2.7); the event repeats those comments.
         */
        post: operations["notifyKycRefused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "order.notFound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transaction named an order MS did not know; MS created it without amount (seed §3 Orders)
         * @description The marketplace should PATCH the order's amount (seed §3 Orders, interface §4).
         */
        post: operations["notifyOrderNotFound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transaction.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transaction's paidAmount changed, or its due date passed unpaid (seed §3 Transactions)
         * @description Sent each time `paidAmount` is updated (`reason` `PAID_AMOUNT_UPDATED`), and when `dueDate` is reached while `paidAmount` differs from `amount` (`reason` `DUE_DATE_REACHED`) (seed §3 Transactions).
         */
        post: operations["notifyTransactionUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "transfer.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A transfer reached its final status, VALIDATED or CANCELLED (seed §3 Transfers)
         * @description Sent after execution, right after creation or on the `executionDate` (seed §3 Transfers).
         */
        post: operations["notifyTransferUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payoutMerchant.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payout to the marketplace was settled, VALIDATED or CANCELLED (seed §3 PayoutMerchants)
         * @description Sent when the bank batch (or the `executionDate`) settles the payout (seed §3 PayoutMerchants).
         */
        post: operations["notifyPayoutMerchantUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payoutSeller.update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A payout to a seller was settled, VALIDATED or CANCELLED (seed §3 PayoutSellers)
         * @description Sent for payoutSellers and payoutSellerAmounts alike (seed §3 PayoutSellers, §3 PayoutSellerAmount); `data` carries `payoutSellerId` or `payoutSellerAmountId`.
         */
        post: operations["notifyPayoutSellerUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @description A positive amount in major units of its currency, at most two decimals (interface "Amounts, dates and codes").
         * @example 120.5
         */
        Money: number;
        /**
         * @description An amount in major units that may be 0, at most two decimals.
         * @example 0
         */
        NonNegativeAmount: number;
        /**
         * @description A marketplace fee in major units, at most two decimals; 0 ≤ fee ≤ the line's amount (interface §4).
         * @example 7
         */
        Fee: number;
        /**
         * @description A signed total in major units, at most two decimals.
         * @example 100
         */
        Balance: number;
        /**
         * Format: iban
         * @description ISO 13616 IBAN, upper case without spaces; `format: iban` carries the mod-97 check (interface §3).
         * @example FR7630006000011234567890189
         */
        Iban: string;
        /**
         * @description ISO 9362 BIC (8 or 11 characters).
         * @example AGRIFRPPXXX
         */
        Bic: string;
        /**
         * @description ISO 3166-1 alpha-2 country code (the 249 officially assigned codes).
         * @enum {string}
         */
        CountryCode: "AD" | "AE" | "AF" | "AG" | "AI" | "AL" | "AM" | "AO" | "AQ" | "AR" | "AS" | "AT" | "AU" | "AW" | "AX" | "AZ" | "BA" | "BB" | "BD" | "BE" | "BF" | "BG" | "BH" | "BI" | "BJ" | "BL" | "BM" | "BN" | "BO" | "BQ" | "BR" | "BS" | "BT" | "BV" | "BW" | "BY" | "BZ" | "CA" | "CC" | "CD" | "CF" | "CG" | "CH" | "CI" | "CK" | "CL" | "CM" | "CN" | "CO" | "CR" | "CU" | "CV" | "CW" | "CX" | "CY" | "CZ" | "DE" | "DJ" | "DK" | "DM" | "DO" | "DZ" | "EC" | "EE" | "EG" | "EH" | "ER" | "ES" | "ET" | "FI" | "FJ" | "FK" | "FM" | "FO" | "FR" | "GA" | "GB" | "GD" | "GE" | "GF" | "GG" | "GH" | "GI" | "GL" | "GM" | "GN" | "GP" | "GQ" | "GR" | "GS" | "GT" | "GU" | "GW" | "GY" | "HK" | "HM" | "HN" | "HR" | "HT" | "HU" | "ID" | "IE" | "IL" | "IM" | "IN" | "IO" | "IQ" | "IR" | "IS" | "IT" | "JE" | "JM" | "JO" | "JP" | "KE" | "KG" | "KH" | "KI" | "KM" | "KN" | "KP" | "KR" | "KW" | "KY" | "KZ" | "LA" | "LB" | "LC" | "LI" | "LK" | "LR" | "LS" | "LT" | "LU" | "LV" | "LY" | "MA" | "MC" | "MD" | "ME" | "MF" | "MG" | "MH" | "MK" | "ML" | "MM" | "MN" | "MO" | "MP" | "MQ" | "MR" | "MS" | "MT" | "MU" | "MV" | "MW" | "MX" | "MY" | "MZ" | "NA" | "NC" | "NE" | "NF" | "NG" | "NI" | "NL" | "NO" | "NP" | "NR" | "NU" | "NZ" | "OM" | "PA" | "PE" | "PF" | "PG" | "PH" | "PK" | "PL" | "PM" | "PN" | "PR" | "PS" | "PT" | "PW" | "PY" | "QA" | "RE" | "RO" | "RS" | "RU" | "RW" | "SA" | "SB" | "SC" | "SD" | "SE" | "SG" | "SH" | "SI" | "SJ" | "SK" | "SL" | "SM" | "SN" | "SO" | "SR" | "SS" | "ST" | "SV" | "SX" | "SY" | "SZ" | "TC" | "TD" | "TF" | "TG" | "TH" | "TJ" | "TK" | "TL" | "TM" | "TN" | "TO" | "TR" | "TT" | "TV" | "TW" | "TZ" | "UA" | "UG" | "UM" | "US" | "UY" | "UZ" | "VA" | "VC" | "VE" | "VG" | "VI" | "VN" | "VU" | "WF" | "WS" | "YE" | "YT" | "ZA" | "ZM" | "ZW";
        /**
         * @description ISO 4217 alphabetic code of the active list, fund codes and special codes included; `XTS` (testing)
         *     and `XXX` (no currency) are left out, as are withdrawn codes (`ANG`, `BGN`, `CUC`, `HRK`, `SLL`, `ZWL`).
         * @enum {string}
         */
        CurrencyCode: "AED" | "AFN" | "ALL" | "AMD" | "AOA" | "ARS" | "AUD" | "AWG" | "AZN" | "BAM" | "BBD" | "BDT" | "BHD" | "BIF" | "BMD" | "BND" | "BOB" | "BOV" | "BRL" | "BSD" | "BTN" | "BWP" | "BYN" | "BZD" | "CAD" | "CDF" | "CHE" | "CHF" | "CHW" | "CLF" | "CLP" | "CNY" | "COP" | "COU" | "CRC" | "CUP" | "CVE" | "CZK" | "DJF" | "DKK" | "DOP" | "DZD" | "EGP" | "ERN" | "ETB" | "EUR" | "FJD" | "FKP" | "GBP" | "GEL" | "GHS" | "GIP" | "GMD" | "GNF" | "GTQ" | "GYD" | "HKD" | "HNL" | "HTG" | "HUF" | "IDR" | "ILS" | "INR" | "IQD" | "IRR" | "ISK" | "JMD" | "JOD" | "JPY" | "KES" | "KGS" | "KHR" | "KMF" | "KPW" | "KRW" | "KWD" | "KYD" | "KZT" | "LAK" | "LBP" | "LKR" | "LRD" | "LSL" | "LYD" | "MAD" | "MDL" | "MGA" | "MKD" | "MMK" | "MNT" | "MOP" | "MRU" | "MUR" | "MVR" | "MWK" | "MXN" | "MXV" | "MYR" | "MZN" | "NAD" | "NGN" | "NIO" | "NOK" | "NPR" | "NZD" | "OMR" | "PAB" | "PEN" | "PGK" | "PHP" | "PKR" | "PLN" | "PYG" | "QAR" | "RON" | "RSD" | "RUB" | "RWF" | "SAR" | "SBD" | "SCR" | "SDG" | "SEK" | "SGD" | "SHP" | "SLE" | "SOS" | "SRD" | "SSP" | "STN" | "SVC" | "SYP" | "SZL" | "THB" | "TJS" | "TMT" | "TND" | "TOP" | "TRY" | "TTD" | "TWD" | "TZS" | "UAH" | "UGX" | "USD" | "USN" | "UYI" | "UYU" | "UYW" | "UZS" | "VED" | "VES" | "VND" | "VUV" | "WST" | "XAF" | "XAG" | "XAU" | "XBA" | "XBB" | "XBC" | "XBD" | "XCD" | "XCG" | "XDR" | "XOF" | "XPD" | "XPF" | "XPT" | "XSU" | "XUA" | "YER" | "ZAR" | "ZMW" | "ZWG";
        /**
         * Format: email
         * @example compta@atelier-lumiere.example
         */
        Email: string;
        /**
         * @description International number with its country prefix, E.164 without spaces (an assumption; the seed says "including prefix").
         * @example +33142685300
         */
        PhoneNumber: string;
        /** @description An id supplied by the marketplace, unique per marketplace (interface "Amounts, dates and codes"). */
        ExternalId: string;
        /** @description An opaque id assigned by MS. */
        MsId: string;
        /**
         * @description Status of a party's data (`dataStatus`) or document list (`documentListStatus`) (seed §2.4):
         *     `INCOMPLETE` while something mandatory is missing, `COMPLETE` when nothing is, `PENDING_VALIDATION`
         *     during a KYC review, `VALIDATED` after approval; a refused part goes back to `INCOMPLETE` (seed §2.7).
         * @enum {string}
         */
        KycStatus: "COMPLETE" | "INCOMPLETE" | "PENDING_VALIDATION" | "VALIDATED";
        /**
         * @description Dotted paths of the mandatory fields still absent (seed §2.4): `email`, `address.zipCode`,
         *     `involvement.startDateTime`; when a whole object is absent, its path and those of its mandatory
         *     sub-fields are listed (`bankingInformation`, `bankingInformation.iban`, …). Missing registrations are
         *     `externalRegistrations.VAT`, `externalRegistrations.SIRET` (French address),
         *     `externalRegistrations.TIN` and `externalRegistrations.REGISTRATION_NUM` (other countries) (interface §3).
         *     Empty when the data is complete.
         */
        MissingData: string[];
        /** @description Why the KYC operator refused this part (seed §2.7); absent when nothing was refused. */
        KycReviewComment: string;
        /**
         * Format: date-time
         * @description When MS registered the resource, on the marketplace's clock.
         */
        CreatedAt: string;
        /** @description A postal address (seed §2.3.1, §2.3.2). */
        Address: {
            streetNumber?: string;
            streetName?: string;
            zipCode?: string;
            cityName?: string;
            countryCode?: components["schemas"]["CountryCode"];
        };
        /** @description The business sector of the company (seed §2.3.1). */
        BusinessActivity: {
            /** @description The classification `code` belongs to, e.g. `NAF` (French nomenclature) or `NACE` (European classification). */
            typeCode?: string;
            /** @description The activity code in that classification, e.g. `47.78C`. */
            code?: string;
        };
        /**
         * @description `VAT` is always required; `SIRET` when `address.countryCode` is FR (a SIREN is not accepted); `TIN` and
         *     `REGISTRATION_NUM` when it is not FR (seed §2.3.1).
         * @enum {string}
         */
        RegistrationCode: "VAT" | "SIRET" | "TIN" | "REGISTRATION_NUM";
        /** @description An official registration of the company (seed §2.3.1). A `SIRET` value is exactly 14 digits, so a 9-digit SIREN is refused (interface §3). */
        ExternalRegistration: {
            code: components["schemas"]["RegistrationCode"];
            /** @description The registration number for `code`. */
            value: string;
            /**
             * Format: date
             * @description When the registration was officially delivered.
             */
            date?: string;
        };
        /** @description The account that receives the seller's payouts (seed §2.3.1). */
        BankingInformation: {
            /** @description Name of the account owner. */
            accountName?: string;
            iban?: components["schemas"]["Iban"];
            bic?: components["schemas"]["Bic"];
            currency?: components["schemas"]["CurrencyCode"];
        };
        /**
         * @description The seller's data (seed §2.3.1), all optional so that onboarding can happen in several calls; every
         *     field listed here is mandatory before `_assess-kyc`, and `missingData` of the view tells what is still
         *     absent. Formats are enforced on every value present.
         */
        SellerUpsert: {
            /** @description The name the company is officially registered with. */
            legalEntityName?: string;
            address?: components["schemas"]["Address"];
            email?: components["schemas"]["Email"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            /** @description The legal form of the company, e.g. `SAS`, `SARL`, `GMBH`. */
            legalFormAcronym?: string;
            legalEntityCapitalizationAmount?: components["schemas"]["NonNegativeAmount"];
            legalEntityCapitalizationCurrency?: components["schemas"]["CurrencyCode"];
            businessActivity?: components["schemas"]["BusinessActivity"];
            /** @description The company's registrations, one per `code`. */
            externalRegistrations?: components["schemas"]["ExternalRegistration"][];
            /** @description Range of the number of employees, e.g. `10-19` (the seed gives no value list). */
            legalNumberOfEmployeeRange?: string;
            /** @description Range of the annual net income, e.g. `50K-100K` (the seed gives no value list). */
            legalNetIncomeRange?: string;
            /** @description Range of the annual turnover, e.g. `1M-2M` (the seed gives no value list; treated as a range label like the others, an assumption). */
            legalAnnualTurnover?: string;
            bankingInformation?: components["schemas"]["BankingInformation"];
        };
        /** @description Where the seller sends its 1 € identity-verification transfer (seed §2.5). */
        VirtualIban: {
            iban: components["schemas"]["Iban"];
            bic: components["schemas"]["Bic"];
            /**
             * @description The only way supported today (seed §2.5).
             * @enum {string}
             */
            type: "VIRTUAL_IBAN";
        };
        /** @description Present once MS assigned the seller's virtual IBAN, after the first accepted `_assess-kyc` (seed §2.5). */
        IdentityVerification: {
            virtualIban: components["schemas"]["VirtualIban"];
        };
        /**
         * @description The seller view answered by `PUT`, `GET` and `_assess-kyc` (seed §2.4, interface §3): the stored fields
         *     plus what MS owns. Documents are metadata only, never their content.
         */
        Seller: components["schemas"]["SellerUpsert"] & {
            /** @description Assigned at creation; names the seller in cash endpoints once its KYC is validated (seed §2.2). */
            readonly sellerId: components["schemas"]["MsId"];
            /** @description The marketplace's id of the seller, as in the path. */
            readonly merchantSellerId?: components["schemas"]["ExternalId"];
            readonly dataStatus: components["schemas"]["KycStatus"];
            missingData: components["schemas"]["MissingData"];
            readonly documentListStatus: components["schemas"]["KycStatus"];
            readonly documents: components["schemas"]["DocumentMetadata"][];
            readonly contacts: components["schemas"]["Contact"][];
            kycReviewComment?: components["schemas"]["KycReviewComment"];
            identityVerification?: components["schemas"]["IdentityVerification"];
        };
        /** @description The contact's role in the company (seed §2.3.2). */
        Involvement: {
            /** @description The role, e.g. `LEGAL_REPRESENTATIVE` or `SHAREHOLDER` (the seed gives no value list). */
            type?: string;
            /**
             * Format: date-time
             * @description When the role started.
             */
            startDateTime?: string;
        };
        /**
         * @description A physical person linked to the seller (seed §2.3.2), all fields optional so that it can be completed in
         *     several calls; every field is mandatory before `_assess-kyc` and the view's `missingData` lists those
         *     still absent.
         */
        ContactInput: {
            firstName?: string;
            /** @description Complete last name as on the identity proof. */
            lastName?: string;
            email?: components["schemas"]["Email"];
            phoneNumber?: components["schemas"]["PhoneNumber"];
            involvement?: components["schemas"]["Involvement"];
            /** @description The contact's occupation, e.g. `EXECUTIVE`. */
            occupationType?: string;
            /** @description Range of the contact's total personal assets, e.g. `100K-500K` (the seed gives no value list; a range label, an assumption). */
            personalAssets?: string;
            address?: components["schemas"]["Address"];
            /** @description Percentage of the company the contact owns; the sum over the seller's contacts may be below 100 but never above (seed §2.3.2, interface §3). */
            effectiveBeneficiary?: number;
            /** @description Honorific title, e.g. `MR`, `MRS`. */
            commonTitle?: string;
            /** Format: date */
            birthDate?: string;
            birthCityName?: string;
            birthCountryCode?: components["schemas"]["CountryCode"];
            nationality?: components["schemas"]["CountryCode"];
            /** @description Range of the contact's monthly income, e.g. `5K-10K` (the seed gives no value list). */
            incomeRange?: string;
            taxResidenceCountryCode?: components["schemas"]["CountryCode"];
            /** @description The contact's tax-payer id in the tax residence country. */
            taxResidenceTaxPayerId?: string;
        };
        /** @description The contact view, inside the seller view (interface §3). */
        Contact: components["schemas"]["ContactInput"] & components["schemas"]["ContactState"] & unknown;
        /**
         * @description The answer to adding or changing a contact. The seed's diagram answers `{contactId}`; an implementation
         *     may answer just that id or the whole contact (interface §8). The sandbox answers the whole contact.
         */
        ContactAnswer: components["schemas"]["ContactInput"] & components["schemas"]["ContactState"] & unknown;
        /** @description What MS owns of a contact. */
        ContactState: {
            readonly contactId?: components["schemas"]["MsId"];
            readonly dataStatus?: components["schemas"]["KycStatus"];
            missingData?: components["schemas"]["MissingData"];
            readonly documentListStatus?: components["schemas"]["KycStatus"];
            readonly documents?: components["schemas"]["DocumentMetadata"][];
            kycReviewComment?: components["schemas"]["KycReviewComment"];
        };
        /**
         * @description Kinds of seller documents; `COMPANY_REGISTRATION` is the minimum for KYC (seed §2.3.3, interface §3).
         * @enum {string}
         */
        SellerDocumentType: "COMPANY_REGISTRATION" | "FISCAL_STATEMENT" | "ARTICLES_OF_ASSOCIATION" | "BANK_DETAILS";
        /**
         * @description Kinds of contact documents; an `IDENTITY_CARD` or a `PASSPORT` is the minimum for KYC (seed §2.3.3, interface §3).
         * @enum {string}
         */
        ContactDocumentType: "IDENTITY_CARD" | "PASSPORT" | "RESIDENCE_PERMIT" | "PROOF_OF_ADDRESS";
        /**
         * @description `REGISTERED` when uploaded and not yet verified, `PENDING_VALIDATION` during a KYC review, then
         *     `VALIDATED` or `REFUSED` (seed §2.4). A `REFUSED` document does not count towards the minimum.
         * @enum {string}
         */
        DocumentStatus: "REGISTERED" | "PENDING_VALIDATION" | "VALIDATED" | "REFUSED";
        /** @description File name with its extension, `.pdf`, `.jpg`, `.jpeg` or `.png` in any case (interface §3). */
        DocumentName: string;
        /** @description The file, base64-encoded; at most 10 MiB once decoded, else 413 `DOCUMENT_TOO_LARGE` (interface §3). Never given back (seed §2.3.3). */
        DocumentContent: string;
        /** @description A seller document to register (seed §2.3.3). */
        SellerDocumentUpload: {
            name: components["schemas"]["DocumentName"];
            type: components["schemas"]["SellerDocumentType"];
            fileContent: components["schemas"]["DocumentContent"];
        };
        /** @description A contact document to register (seed §2.3.3). */
        ContactDocumentUpload: {
            name: components["schemas"]["DocumentName"];
            type: components["schemas"]["ContactDocumentType"];
            fileContent: components["schemas"]["DocumentContent"];
        };
        /** @description A document in the seller view (interface §3). */
        DocumentMetadata: components["schemas"]["DocumentFields"] & unknown;
        /**
         * @description The answer to adding a document. The seed's diagram answers `{documentId}`; an implementation may answer
         *     just that id or the whole metadata (interface §8). The sandbox answers the metadata.
         */
        DocumentAnswer: components["schemas"]["DocumentFields"] & unknown;
        /** @description What MS tells about a document; never its `fileContent`, which the `false` schema forbids (seed §2.2, §2.3.3). */
        DocumentFields: {
            readonly documentId?: components["schemas"]["MsId"];
            name?: components["schemas"]["DocumentName"];
            type?: components["schemas"]["SellerDocumentType"] | components["schemas"]["ContactDocumentType"];
            readonly status?: components["schemas"]["DocumentStatus"];
            kycReviewComment?: components["schemas"]["KycReviewComment"];
            fileContent?: never;
        };
        /** @description An order of the marketplace (seed §3 Orders). */
        OrderCreate: {
            externalOrderId: components["schemas"]["ExternalId"];
            amount: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            externalCustomerId?: components["schemas"]["ExternalId"];
        };
        /** @description The order's new total amount (seed §3 Orders). */
        OrderUpdate: {
            amount: components["schemas"]["Money"];
        };
        /** @description An order as MS knows it (seed §3 Orders, interface §4). */
        Order: {
            readonly orderId: components["schemas"]["MsId"];
            externalOrderId?: components["schemas"]["ExternalId"];
            /** @description The order's total; `null` (or absent) when MS created the order from a transaction and no PATCH has set it yet (interface §4). */
            amount?: components["schemas"]["Money"] | null;
            currency?: components["schemas"]["CurrencyCode"];
            externalCustomerId?: components["schemas"]["ExternalId"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        /**
         * @description `PAYMENT` is for the benefit of the marketplace, `REFUND` and `CREDIT` for the benefit of the buyer (seed §3 Transactions).
         * @enum {string}
         */
        TransactionType: "PAYMENT" | "REFUND" | "CREDIT";
        /**
         * @description How much of the transaction is cashed: `UNPAID` while `paidAmount` is 0, `PARTIALLY_PAID` while it is
         *     below `amount`, `PAID` when it equals `amount`. An assumption of this contract: the seed only says a
         *     transaction "can be PAID or not".
         * @enum {string}
         */
        TransactionPaymentStatus: "UNPAID" | "PARTIALLY_PAID" | "PAID";
        /** @description The fields of a pay-in, refund or credit of an order (seed §3 Transactions, interface §4). What a request must hold is TransactionCreate; the answer is Transaction. */
        TransactionFields: {
            externalOrderId?: components["schemas"]["ExternalId"];
            externalTransactionId?: components["schemas"]["ExternalId"];
            type?: components["schemas"]["TransactionType"];
            amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            /** @description The channel that processes the transaction (PSP, APM, SCT, …), e.g. `CARD`. */
            paymentMethodName?: string;
            /**
             * Format: date
             * @description When the money is expected; reached unpaid, it triggers `transaction.update` with reason `DUE_DATE_REACHED`.
             */
            dueDate?: string;
        };
        /** @description A pay-in, refund or credit of an order (seed §3 Transactions, interface §4). What a request must hold. */
        TransactionCreate: components["schemas"]["TransactionFields"] & unknown;
        /** @description Only the due date of a transaction can change (seed §3 Transactions, interface §4). */
        TransactionUpdate: {
            /** Format: date */
            dueDate: string;
        };
        /** @description A transaction as MS knows it (seed §3 Transactions, interface §4). */
        Transaction: components["schemas"]["TransactionFields"] & {
            readonly transactionId: components["schemas"]["MsId"];
            /** @description The order the transaction belongs to (created by MS when `externalOrderId` was unknown). */
            readonly orderId?: components["schemas"]["MsId"];
            /** @description Cashed so far; 0 at creation, never above `amount`. */
            readonly paidAmount: components["schemas"]["NonNegativeAmount"];
            readonly status?: components["schemas"]["TransactionPaymentStatus"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        TransactionList: {
            items: components["schemas"]["Transaction"][];
        };
        /**
         * @description `SELLER_PAYMENT` pays the seller, `SELLER_REFUND` takes an amount back from the seller (seed §3 OrderSplit).
         * @enum {string}
         */
        AmountType: "SELLER_PAYMENT" | "SELLER_REFUND";
        /**
         * @description Which way the fee goes (seed §3 OrderSplit).
         * @enum {string}
         */
        FeeType: "SELLER_TO_MARKETPLACE" | "MARKETPLACE_TO_SELLER";
        /**
         * @description Whether the seller is in a 2P or 3P model for this order (seed §3 OrderSplit).
         * @enum {string}
         */
        SellerModel: "2P" | "3P";
        /** @description One seller's share of an order (seed §3 OrderSplit, interface §4). */
        SplitLine: {
            sellerId: components["schemas"]["MsId"];
            amount: components["schemas"]["Money"];
            amountType: components["schemas"]["AmountType"];
            fee: components["schemas"]["Fee"];
            feeType: components["schemas"]["FeeType"];
            model: components["schemas"]["SellerModel"];
        };
        /** @description Lines to dispatch, all accepted or none (interface §4). */
        OrderSplitRequest: {
            externalOrderId: components["schemas"]["ExternalId"];
            currency: components["schemas"]["CurrencyCode"];
            splits: components["schemas"]["SplitLine"][];
        };
        /** @description The accepted lines and the order's split balance against its ceiling after this call. */
        OrderSplitResult: {
            readonly orderId?: components["schemas"]["MsId"];
            externalOrderId?: components["schemas"]["ExternalId"];
            currency?: components["schemas"]["CurrencyCode"];
            /** @description The lines of this call, as accepted. */
            splits?: components["schemas"]["SplitLine"][];
            /** @description Σ SELLER_PAYMENT − Σ SELLER_REFUND over every accepted line of the order, this call included. */
            readonly splitBalance?: components["schemas"]["Balance"];
            /** @description Σ PAYMENT − Σ REFUND − Σ CREDIT over the order's transactions, paid or not; `splitBalance` never exceeds it. */
            readonly ceiling?: components["schemas"]["Balance"];
        };
        /**
         * @description `PENDING` until executed or settled, then `VALIDATED`, or `CANCELLED` (not enough available funds, or nothing to pay) (seed §3, interface §4).
         * @enum {string}
         */
        OperationStatus: "PENDING" | "VALIDATED" | "CANCELLED";
        /**
         * @description The definitive status a webhook announces (seed §3 Transfers, Payouts).
         * @enum {string}
         */
        FinalStatus: "VALIDATED" | "CANCELLED";
        /**
         * @description Which way the money goes (seed §3 Transfers).
         * @enum {string}
         */
        AccountingEntry: "MARKETPLACE_TO_SELLER" | "SELLER_TO_MARKETPLACE";
        /** @description The fields of a movement between the marketplace account and a seller account (seed §3 Transfers, interface §4). What a request must hold is TransferCreate; the answer is Transfer. */
        TransferFields: {
            externalTransferId?: components["schemas"]["ExternalId"];
            sellerId?: components["schemas"]["MsId"];
            accountingEntry?: components["schemas"]["AccountingEntry"];
            /** @description Why the transfer is made, e.g. `COMMERCIAL_GESTURE` (the seed gives no value list). */
            reasonCode?: string;
            amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            /**
             * Format: date
             * @description Execute on this day instead of right away.
             */
            executionDate?: string;
        };
        /** @description A movement between the marketplace account and a seller account (seed §3 Transfers, interface §4). What a request must hold. */
        TransferCreate: components["schemas"]["TransferFields"] & unknown;
        /** @description A transfer as MS knows it. */
        Transfer: components["schemas"]["TransferFields"] & {
            readonly transferId: components["schemas"]["MsId"];
            readonly status: components["schemas"]["OperationStatus"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        TransferList: {
            items: components["schemas"]["Transfer"][];
        };
        /** @description Text that appears on the receiver's bank statement (seed §3 Payouts); 140 characters, the SEPA remittance limit (an assumption). */
        ReasonLabel: string;
        /** @description The fields of a wire to the marketplace's bank account (seed §3 PayoutMerchants, interface §4). What a request must hold is PayoutMerchantCreate; the answer is PayoutMerchant. */
        PayoutMerchantFields: {
            amount?: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            reasonLabel?: components["schemas"]["ReasonLabel"];
            /**
             * Format: date
             * @description Settle on this day instead of the next bank batch.
             */
            executionDate?: string;
        };
        /** @description A wire to the marketplace's bank account (seed §3 PayoutMerchants, interface §4). What a request must hold. */
        PayoutMerchantCreate: components["schemas"]["PayoutMerchantFields"] & unknown;
        /** @description A payout to the marketplace as MS knows it. */
        PayoutMerchant: components["schemas"]["PayoutMerchantFields"] & {
            readonly payoutMerchantId: components["schemas"]["MsId"];
            readonly status: components["schemas"]["OperationStatus"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        PayoutMerchantList: {
            items: components["schemas"]["PayoutMerchant"][];
        };
        /** @description An order to pay the seller for, fully or up to `askedAmount` (seed §3 PayoutSellers). */
        PayoutSellerOrder: {
            externalOrderId: components["schemas"]["ExternalId"];
            askedAmount?: components["schemas"]["Money"];
        };
        /** @description The fields of a wire to the seller's bank account for orders and transfers (seed §3 PayoutSellers, interface §4). What a request must hold is PayoutSellerCreate; the answer is PayoutSeller. */
        PayoutSellerFields: {
            reasonLabel?: components["schemas"]["ReasonLabel"];
            /** @description The orders to pay; absent, every payable order of the seller. */
            orders?: components["schemas"]["PayoutSellerOrder"][];
            /** @description `externalTransferId`s of transfers the seller received, to pay out as well. */
            transfers?: components["schemas"]["ExternalId"][];
        };
        /** @description A wire to the seller's bank account for orders and transfers (seed §3 PayoutSellers, interface §4). What a request must hold. */
        PayoutSellerCreate: components["schemas"]["PayoutSellerFields"] & unknown;
        /** @description An order-based payout to a seller as MS knows it. */
        PayoutSeller: components["schemas"]["PayoutSellerFields"] & {
            readonly payoutSellerId: components["schemas"]["MsId"];
            readonly sellerId?: components["schemas"]["MsId"];
            /** @description What the payout will pay; 0 when there is nothing to pay (it is then `CANCELLED`). */
            readonly amount?: components["schemas"]["NonNegativeAmount"];
            readonly currency?: components["schemas"]["CurrencyCode"];
            readonly status: components["schemas"]["OperationStatus"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        PayoutSellerList: {
            items: components["schemas"]["PayoutSeller"][];
        };
        /** @description The fields of a wire of an asked amount to the seller's bank account (seed §3 PayoutSellerAmount, interface §4). What a request must hold is PayoutSellerAmountCreate; the answer is PayoutSellerAmount. */
        PayoutSellerAmountFields: {
            askedAmount?: components["schemas"]["Money"];
            currency?: components["schemas"]["CurrencyCode"];
            reasonLabel?: components["schemas"]["ReasonLabel"];
        };
        /** @description A wire of an asked amount to the seller's bank account (seed §3 PayoutSellerAmount, interface §4). What a request must hold. */
        PayoutSellerAmountCreate: components["schemas"]["PayoutSellerAmountFields"] & unknown;
        /** @description An amount-based payout to a seller as MS knows it. */
        PayoutSellerAmount: components["schemas"]["PayoutSellerAmountFields"] & {
            readonly payoutSellerAmountId: components["schemas"]["MsId"];
            readonly sellerId?: components["schemas"]["MsId"];
            readonly status: components["schemas"]["OperationStatus"];
            createdAt?: components["schemas"]["CreatedAt"];
        };
        PayoutSellerAmountList: {
            items: components["schemas"]["PayoutSellerAmount"][];
        };
        /** @description An RFC 9457 problem with a stable machine-readable `code` (interface §2; codes in the table of `info.description`). */
        Problem: {
            /**
             * Format: uri-reference
             * @description Identifies the problem type; `about:blank` allowed.
             */
            type: string;
            /** @description Short human-readable summary of the problem type. */
            title: string;
            /** @description The HTTP status code. */
            status: number;
            /** @description What went wrong on this request and what to do. */
            detail?: string;
            /** @description Stable machine-readable name of the problem, e.g. `KYC_REVIEW_IN_PROGRESS`. */
            code: string;
            /** @description One entry per field at fault; present when a field can be named. */
            errors?: components["schemas"]["ProblemFieldError"][];
        };
        ProblemFieldError: {
            /** @description Dotted path of the field in the request body (`address.zipCode`, `splits.1.fee`), or the name of a blocking part. */
            field: string;
            message: string;
        };
        /**
         * @description The webhook types, as the seed names them (interface §5).
         * @enum {string}
         */
        WebhookType: "MP_IBAN_AVAILABLE_FOR_PAYMENT" | "MP_KYC_IN_PROGRESS" | "MP_KYC_VALIDATED" | "MP_KYC_REFUSED" | "order.notFound" | "transaction.update" | "transfer.update" | "payoutMerchant.update" | "payoutSeller.update";
        /**
         * @description Body of every webhook (interface §5). Delivered at least once (a non-2xx answer or no answer within 5 s
         *     is retried with backoff): deduplicate by `id`. For one resource, events come in lifecycle order and
         *     `createdAt` never goes backwards.
         */
        WebhookEnvelope: {
            /** @description Unique id of the event, the same on every delivery attempt. */
            id: string;
            type: components["schemas"]["WebhookType"];
            /**
             * Format: date-time
             * @description When the event happened, on the marketplace's clock.
             */
            createdAt: string;
            /** @description Ids of the resource and its new status; shape per `type`. */
            data: Record<string, never>;
        };
        /** @description Which seller a KYC event is about. */
        KycSellerData: {
            merchantSellerId?: components["schemas"]["ExternalId"];
            sellerId?: components["schemas"]["MsId"];
        } | unknown | unknown;
        /** @description The seller and the virtual IBAN to send the 1 € transfer to (seed §2.5). */
        IbanAvailableForPaymentData: components["schemas"]["KycSellerData"] & {
            virtualIban?: components["schemas"]["VirtualIban"];
        };
        /** @description The seller under review (seed §2.6). */
        KycInProgressData: components["schemas"]["KycSellerData"];
        /** @description The validated seller (seed §2.6). */
        KycValidatedData: components["schemas"]["KycSellerData"];
        /** @description The refused seller and the operator's comments on each refused part (seed §2.7). */
        KycRefusedData: components["schemas"]["KycSellerData"] & {
            kycReviewComments?: components["schemas"]["KycReviewComments"];
        };
        /** @description The `kycReviewComment`s a refusal set, as they appear in the seller view (seed §2.7). */
        KycReviewComments: {
            /** @description The seller's `kycReviewComment` (its data is refused, or contacts are missing). */
            seller?: string;
            contacts?: {
                contactId: components["schemas"]["MsId"];
                kycReviewComment: string;
            }[];
            documents?: {
                documentId: components["schemas"]["MsId"];
                /** @description The contact owning the document; absent for a seller document. */
                contactId?: components["schemas"]["MsId"];
                kycReviewComment: string;
            }[];
        };
        /** @description The order MS created, without amount, for a transaction naming an unknown order (seed §3 Orders, interface §4). */
        OrderNotFoundData: {
            orderId: components["schemas"]["MsId"];
            externalOrderId: components["schemas"]["ExternalId"];
            externalTransactionId?: components["schemas"]["ExternalId"];
        };
        /** @description The transaction after the change (seed §3 Transactions). */
        TransactionUpdateData: {
            transactionId?: components["schemas"]["MsId"];
            externalTransactionId?: components["schemas"]["ExternalId"];
            externalOrderId?: components["schemas"]["ExternalId"];
            status: components["schemas"]["TransactionPaymentStatus"];
            amount?: components["schemas"]["Money"];
            paidAmount?: components["schemas"]["NonNegativeAmount"];
            /** Format: date */
            dueDate?: string;
            /**
             * @description `PAID_AMOUNT_UPDATED` when `paidAmount` changed, `DUE_DATE_REACHED` when `dueDate` passed with `paidAmount` ≠ `amount`.
             * @enum {string}
             */
            reason?: "PAID_AMOUNT_UPDATED" | "DUE_DATE_REACHED";
        } | unknown | unknown;
        /** @description The transfer's definitive status (seed §3 Transfers). */
        TransferUpdateData: {
            transferId?: components["schemas"]["MsId"];
            externalTransferId?: components["schemas"]["ExternalId"];
            sellerId?: components["schemas"]["MsId"];
            status: components["schemas"]["FinalStatus"];
        } | unknown | unknown;
        /** @description The payout's definitive status (seed §3 PayoutMerchants). */
        PayoutMerchantUpdateData: {
            payoutMerchantId: components["schemas"]["MsId"];
            status: components["schemas"]["FinalStatus"];
        };
        /** @description The definitive status of a payoutSeller or a payoutSellerAmount, whichever id is present (seed §3 PayoutSellers, PayoutSellerAmount). */
        PayoutSellerUpdateData: {
            payoutSellerId?: components["schemas"]["MsId"];
            payoutSellerAmountId?: components["schemas"]["MsId"];
            sellerId?: components["schemas"]["MsId"];
            status: components["schemas"]["FinalStatus"];
        } & (unknown | unknown);
        IbanAvailableForPaymentEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "MP_IBAN_AVAILABLE_FOR_PAYMENT";
            data?: components["schemas"]["IbanAvailableForPaymentData"];
        };
        KycInProgressEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "MP_KYC_IN_PROGRESS";
            data?: components["schemas"]["KycInProgressData"];
        };
        KycValidatedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "MP_KYC_VALIDATED";
            data?: components["schemas"]["KycValidatedData"];
        };
        KycRefusedEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "MP_KYC_REFUSED";
            data?: components["schemas"]["KycRefusedData"];
        };
        OrderNotFoundEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "order.notFound";
            data?: components["schemas"]["OrderNotFoundData"];
        };
        TransactionUpdateEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "transaction.update";
            data?: components["schemas"]["TransactionUpdateData"];
        };
        TransferUpdateEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "transfer.update";
            data?: components["schemas"]["TransferUpdateData"];
        };
        PayoutMerchantUpdateEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "payoutMerchant.update";
            data?: components["schemas"]["PayoutMerchantUpdateData"];
        };
        PayoutSellerUpdateEvent: components["schemas"]["WebhookEnvelope"] & {
            /** @constant */
            type?: "payoutSeller.update";
            data?: components["schemas"]["PayoutSellerUpdateData"];
        };
    };
    responses: {
        /** @description Any 2xx acknowledges the delivery; any other answer, or none within 5 s, is retried with backoff (interface §5). */
        WebhookAcknowledged: {
            headers: {
                [name: string]: unknown;
            };
            content?: never;
        };
        /** @description The body is not JSON, or not a JSON object (interface §2). */
        MalformedBody: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No bearer token, or an expired or invalid one (interface §2). */
        Unauthenticated: {
            headers: {
                /**
                 * @description The authentication scheme to use.
                 * @example Bearer error="invalid_token"
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The token lacks the `marketplace:rw` scope (interface §2). */
        InsufficientScope: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A resource named in the path does not exist, or belongs to another marketplace (interface §1, §2). */
        ResourceNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The seller is under KYC review; its data, contacts and documents are locked until the decision, and a second `_assess-kyc` is refused (seed §2.4, interface §3). */
        KycReviewInProgress: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The marketplace-supplied id already names another resource (interface "Amounts, dates and codes"). */
        ExternalIdConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The order has transactions and cannot be deleted (seed §3 Orders). */
        OrderHasTransactions: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Money was cashed for the transaction, which cannot be deleted (seed §3 Transactions). */
        TransactionHasCashedMoney: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The transfer is executed and cannot be deleted (seed §3 Transfers). */
        TransferAlreadyExecuted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The payout is no longer `PENDING` and cannot be deleted (seed §3 Payouts). */
        PayoutAlreadyExecuted: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `fileContent` decodes to more than 10 MiB (interface §3). */
        DocumentTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A field is malformed, missing or not allowed; `errors` names each (interface §2). */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A seller field is malformed (interface §3); `errors` names each. */
        SellerRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A contact field is malformed, or the effective beneficiaries would sum above 100 (interface §3). */
        ContactRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The document's name, type or content is not acceptable (interface §3). */
        DocumentRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Something blocks the KYC review (seed §2.4, interface §3). `errors` lists each blocking part: a seller
         *     `missingData` path (`email`), `documents` (no valid minimum document), `contacts` (no contact), and for a
         *     contact `contacts.<contactId>.<path>` or `contacts.<contactId>.documents`.
         */
        KycPreconditionsNotMet: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The order is malformed, or the marketplace has no seller with a validated KYC yet (seed §3 Orders). */
        OrderRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The transaction is malformed, refunds an order not yet paid, or is in another currency than its order (seed §3 Transactions). */
        TransactionRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No line was accepted, because one breaks a rule (seed §3 OrderSplit, interface §4). */
        SplitRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The transfer is malformed, or names a seller that is unknown or not KYC-validated (seed §3 Transfers). */
        TransferRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The payout is malformed, names an unknown order or transfer, or the seller is not KYC-validated (seed §3 PayoutSellers). */
        PayoutSellerRejected: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The payout is malformed, or the seller is not KYC-validated (seed §3 PayoutSellerAmount). */
        PayoutSellerAmountRejected: {
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
         * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
         * @example MKP-SELLER-0042
         */
        MerchantSellerId: components["schemas"]["ExternalId"];
        /**
         * @description The contact's id assigned by MS.
         * @example ctc_41d7b2e0
         */
        ContactId: components["schemas"]["MsId"];
        /**
         * @description The document's id assigned by MS.
         * @example doc_c0ffee01
         */
        DocumentId: components["schemas"]["MsId"];
        /**
         * @description The order's id assigned by MS.
         * @example ord_9a4c21f5
         */
        OrderId: components["schemas"]["MsId"];
        /**
         * @description The transaction's id assigned by MS.
         * @example trx_51e0b7c3
         */
        TransactionId: components["schemas"]["MsId"];
        /**
         * @description The transfer's id assigned by MS.
         * @example trf_3e6f0a12
         */
        TransferId: components["schemas"]["MsId"];
        /**
         * @description The payoutMerchant's id assigned by MS.
         * @example pom_60b1d8a2
         */
        PayoutMerchantId: components["schemas"]["MsId"];
        /**
         * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
         * @example slr_8f3a2c71
         */
        SellerId: components["schemas"]["MsId"];
        /**
         * @description The payoutSeller's id assigned by MS.
         * @example pos_0d5e9b47
         */
        PayoutSellerId: components["schemas"]["MsId"];
        /**
         * @description The payoutSellerAmount's id assigned by MS.
         * @example psa_a17c3f58
         */
        PayoutSellerAmountId: components["schemas"]["MsId"];
        /**
         * @description Only the transactions of this order.
         * @example MK-ORD-2026-000123
         */
        ExternalOrderIdQuery: components["schemas"]["ExternalId"];
        /**
         * @description Only the transfers of this seller.
         * @example slr_8f3a2c71
         */
        SellerIdQuery: components["schemas"]["MsId"];
        /**
         * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
         * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
         */
        MsSignature: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaMoney = components['schemas']['Money'];
export type SchemaNonNegativeAmount = components['schemas']['NonNegativeAmount'];
export type SchemaFee = components['schemas']['Fee'];
export type SchemaBalance = components['schemas']['Balance'];
export type SchemaIban = components['schemas']['Iban'];
export type SchemaBic = components['schemas']['Bic'];
export type SchemaCountryCode = components['schemas']['CountryCode'];
export type SchemaCurrencyCode = components['schemas']['CurrencyCode'];
export type SchemaEmail = components['schemas']['Email'];
export type SchemaPhoneNumber = components['schemas']['PhoneNumber'];
export type SchemaExternalId = components['schemas']['ExternalId'];
export type SchemaMsId = components['schemas']['MsId'];
export type SchemaKycStatus = components['schemas']['KycStatus'];
export type SchemaMissingData = components['schemas']['MissingData'];
export type SchemaKycReviewComment = components['schemas']['KycReviewComment'];
export type SchemaCreatedAt = components['schemas']['CreatedAt'];
export type SchemaAddress = components['schemas']['Address'];
export type SchemaBusinessActivity = components['schemas']['BusinessActivity'];
export type SchemaRegistrationCode = components['schemas']['RegistrationCode'];
export type SchemaExternalRegistration = components['schemas']['ExternalRegistration'];
export type SchemaBankingInformation = components['schemas']['BankingInformation'];
export type SchemaSellerUpsert = components['schemas']['SellerUpsert'];
export type SchemaVirtualIban = components['schemas']['VirtualIban'];
export type SchemaIdentityVerification = components['schemas']['IdentityVerification'];
export type SchemaSeller = components['schemas']['Seller'];
export type SchemaInvolvement = components['schemas']['Involvement'];
export type SchemaContactInput = components['schemas']['ContactInput'];
export type SchemaContact = components['schemas']['Contact'];
export type SchemaContactAnswer = components['schemas']['ContactAnswer'];
export type SchemaContactState = components['schemas']['ContactState'];
export type SchemaSellerDocumentType = components['schemas']['SellerDocumentType'];
export type SchemaContactDocumentType = components['schemas']['ContactDocumentType'];
export type SchemaDocumentStatus = components['schemas']['DocumentStatus'];
export type SchemaDocumentName = components['schemas']['DocumentName'];
export type SchemaDocumentContent = components['schemas']['DocumentContent'];
export type SchemaSellerDocumentUpload = components['schemas']['SellerDocumentUpload'];
export type SchemaContactDocumentUpload = components['schemas']['ContactDocumentUpload'];
export type SchemaDocumentMetadata = components['schemas']['DocumentMetadata'];
export type SchemaDocumentAnswer = components['schemas']['DocumentAnswer'];
export type SchemaDocumentFields = components['schemas']['DocumentFields'];
export type SchemaOrderCreate = components['schemas']['OrderCreate'];
export type SchemaOrderUpdate = components['schemas']['OrderUpdate'];
export type SchemaOrder = components['schemas']['Order'];
export type SchemaTransactionType = components['schemas']['TransactionType'];
export type SchemaTransactionPaymentStatus = components['schemas']['TransactionPaymentStatus'];
export type SchemaTransactionFields = components['schemas']['TransactionFields'];
export type SchemaTransactionCreate = components['schemas']['TransactionCreate'];
export type SchemaTransactionUpdate = components['schemas']['TransactionUpdate'];
export type SchemaTransaction = components['schemas']['Transaction'];
export type SchemaTransactionList = components['schemas']['TransactionList'];
export type SchemaAmountType = components['schemas']['AmountType'];
export type SchemaFeeType = components['schemas']['FeeType'];
export type SchemaSellerModel = components['schemas']['SellerModel'];
export type SchemaSplitLine = components['schemas']['SplitLine'];
export type SchemaOrderSplitRequest = components['schemas']['OrderSplitRequest'];
export type SchemaOrderSplitResult = components['schemas']['OrderSplitResult'];
export type SchemaOperationStatus = components['schemas']['OperationStatus'];
export type SchemaFinalStatus = components['schemas']['FinalStatus'];
export type SchemaAccountingEntry = components['schemas']['AccountingEntry'];
export type SchemaTransferFields = components['schemas']['TransferFields'];
export type SchemaTransferCreate = components['schemas']['TransferCreate'];
export type SchemaTransfer = components['schemas']['Transfer'];
export type SchemaTransferList = components['schemas']['TransferList'];
export type SchemaReasonLabel = components['schemas']['ReasonLabel'];
export type SchemaPayoutMerchantFields = components['schemas']['PayoutMerchantFields'];
export type SchemaPayoutMerchantCreate = components['schemas']['PayoutMerchantCreate'];
export type SchemaPayoutMerchant = components['schemas']['PayoutMerchant'];
export type SchemaPayoutMerchantList = components['schemas']['PayoutMerchantList'];
export type SchemaPayoutSellerOrder = components['schemas']['PayoutSellerOrder'];
export type SchemaPayoutSellerFields = components['schemas']['PayoutSellerFields'];
export type SchemaPayoutSellerCreate = components['schemas']['PayoutSellerCreate'];
export type SchemaPayoutSeller = components['schemas']['PayoutSeller'];
export type SchemaPayoutSellerList = components['schemas']['PayoutSellerList'];
export type SchemaPayoutSellerAmountFields = components['schemas']['PayoutSellerAmountFields'];
export type SchemaPayoutSellerAmountCreate = components['schemas']['PayoutSellerAmountCreate'];
export type SchemaPayoutSellerAmount = components['schemas']['PayoutSellerAmount'];
export type SchemaPayoutSellerAmountList = components['schemas']['PayoutSellerAmountList'];
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaProblemFieldError = components['schemas']['ProblemFieldError'];
export type SchemaWebhookType = components['schemas']['WebhookType'];
export type SchemaWebhookEnvelope = components['schemas']['WebhookEnvelope'];
export type SchemaKycSellerData = components['schemas']['KycSellerData'];
export type SchemaIbanAvailableForPaymentData = components['schemas']['IbanAvailableForPaymentData'];
export type SchemaKycInProgressData = components['schemas']['KycInProgressData'];
export type SchemaKycValidatedData = components['schemas']['KycValidatedData'];
export type SchemaKycRefusedData = components['schemas']['KycRefusedData'];
export type SchemaKycReviewComments = components['schemas']['KycReviewComments'];
export type SchemaOrderNotFoundData = components['schemas']['OrderNotFoundData'];
export type SchemaTransactionUpdateData = components['schemas']['TransactionUpdateData'];
export type SchemaTransferUpdateData = components['schemas']['TransferUpdateData'];
export type SchemaPayoutMerchantUpdateData = components['schemas']['PayoutMerchantUpdateData'];
export type SchemaPayoutSellerUpdateData = components['schemas']['PayoutSellerUpdateData'];
export type SchemaIbanAvailableForPaymentEvent = components['schemas']['IbanAvailableForPaymentEvent'];
export type SchemaKycInProgressEvent = components['schemas']['KycInProgressEvent'];
export type SchemaKycValidatedEvent = components['schemas']['KycValidatedEvent'];
export type SchemaKycRefusedEvent = components['schemas']['KycRefusedEvent'];
export type SchemaOrderNotFoundEvent = components['schemas']['OrderNotFoundEvent'];
export type SchemaTransactionUpdateEvent = components['schemas']['TransactionUpdateEvent'];
export type SchemaTransferUpdateEvent = components['schemas']['TransferUpdateEvent'];
export type SchemaPayoutMerchantUpdateEvent = components['schemas']['PayoutMerchantUpdateEvent'];
export type SchemaPayoutSellerUpdateEvent = components['schemas']['PayoutSellerUpdateEvent'];
export type ResponseWebhookAcknowledged = components['responses']['WebhookAcknowledged'];
export type ResponseMalformedBody = components['responses']['MalformedBody'];
export type ResponseUnauthenticated = components['responses']['Unauthenticated'];
export type ResponseInsufficientScope = components['responses']['InsufficientScope'];
export type ResponseResourceNotFound = components['responses']['ResourceNotFound'];
export type ResponseKycReviewInProgress = components['responses']['KycReviewInProgress'];
export type ResponseExternalIdConflict = components['responses']['ExternalIdConflict'];
export type ResponseOrderHasTransactions = components['responses']['OrderHasTransactions'];
export type ResponseTransactionHasCashedMoney = components['responses']['TransactionHasCashedMoney'];
export type ResponseTransferAlreadyExecuted = components['responses']['TransferAlreadyExecuted'];
export type ResponsePayoutAlreadyExecuted = components['responses']['PayoutAlreadyExecuted'];
export type ResponseDocumentTooLarge = components['responses']['DocumentTooLarge'];
export type ResponseValidationFailed = components['responses']['ValidationFailed'];
export type ResponseSellerRejected = components['responses']['SellerRejected'];
export type ResponseContactRejected = components['responses']['ContactRejected'];
export type ResponseDocumentRejected = components['responses']['DocumentRejected'];
export type ResponseKycPreconditionsNotMet = components['responses']['KycPreconditionsNotMet'];
export type ResponseOrderRejected = components['responses']['OrderRejected'];
export type ResponseTransactionRejected = components['responses']['TransactionRejected'];
export type ResponseSplitRejected = components['responses']['SplitRejected'];
export type ResponseTransferRejected = components['responses']['TransferRejected'];
export type ResponsePayoutSellerRejected = components['responses']['PayoutSellerRejected'];
export type ResponsePayoutSellerAmountRejected = components['responses']['PayoutSellerAmountRejected'];
export type ParameterMerchantSellerId = components['parameters']['MerchantSellerId'];
export type ParameterContactId = components['parameters']['ContactId'];
export type ParameterDocumentId = components['parameters']['DocumentId'];
export type ParameterOrderId = components['parameters']['OrderId'];
export type ParameterTransactionId = components['parameters']['TransactionId'];
export type ParameterTransferId = components['parameters']['TransferId'];
export type ParameterPayoutMerchantId = components['parameters']['PayoutMerchantId'];
export type ParameterSellerId = components['parameters']['SellerId'];
export type ParameterPayoutSellerId = components['parameters']['PayoutSellerId'];
export type ParameterPayoutSellerAmountId = components['parameters']['PayoutSellerAmountId'];
export type ParameterExternalOrderIdQuery = components['parameters']['ExternalOrderIdQuery'];
export type ParameterSellerIdQuery = components['parameters']['SellerIdQuery'];
export type ParameterMsSignature = components['parameters']['MsSignature'];
export type $defs = Record<string, never>;
export interface operations {
    getSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The seller view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    upsertSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerUpsert"];
            };
        };
        responses: {
            /** @description The seller existed and was updated; its whole view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            /** @description The seller was created; its whole view. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            409: components["responses"]["KycReviewInProgress"];
            422: components["responses"]["SellerRejected"];
        };
    };
    addContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The contact was added; its view. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAnswer"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
            422: components["responses"]["ContactRejected"];
        };
    };
    deleteContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The contact was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
        };
    };
    updateContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactInput"];
            };
        };
        responses: {
            /** @description The contact was updated; its view. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactAnswer"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
            422: components["responses"]["ContactRejected"];
        };
    };
    addSellerDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SellerDocumentUpload"];
            };
        };
        responses: {
            /** @description The document was registered; its metadata. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentAnswer"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
            413: components["responses"]["DocumentTooLarge"];
            422: components["responses"]["DocumentRejected"];
        };
    };
    deleteSellerDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The document's id assigned by MS.
                 * @example doc_c0ffee01
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
        };
    };
    addContactDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDocumentUpload"];
            };
        };
        responses: {
            /** @description The document was registered; its metadata. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentAnswer"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
            413: components["responses"]["DocumentTooLarge"];
            422: components["responses"]["DocumentRejected"];
        };
    };
    deleteContactDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
                /**
                 * @description The contact's id assigned by MS.
                 * @example ctc_41d7b2e0
                 */
                contactId: components["parameters"]["ContactId"];
                /**
                 * @description The document's id assigned by MS.
                 * @example doc_c0ffee01
                 */
                documentId: components["parameters"]["DocumentId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
        };
    };
    assessKyc: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The marketplace's own id of the seller, used during onboarding (seed §2.3.1).
                 * @example MKP-SELLER-0042
                 */
                merchantSellerId: components["parameters"]["MerchantSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The review is requested; the seller view. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seller"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["KycReviewInProgress"];
            422: components["responses"]["KycPreconditionsNotMet"];
        };
    };
    createOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderCreate"];
            };
        };
        responses: {
            /** @description The order was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            409: components["responses"]["ExternalIdConflict"];
            422: components["responses"]["OrderRejected"];
        };
    };
    getOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's id assigned by MS.
                 * @example ord_9a4c21f5
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deleteOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's id assigned by MS.
                 * @example ord_9a4c21f5
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["OrderHasTransactions"];
        };
    };
    updateOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The order's id assigned by MS.
                 * @example ord_9a4c21f5
                 */
                orderId: components["parameters"]["OrderId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderUpdate"];
            };
        };
        responses: {
            /** @description The order was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Order"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Only the transactions of this order.
                 * @example MK-ORD-2026-000123
                 */
                externalOrderId?: components["parameters"]["ExternalOrderIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransactionList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
        };
    };
    createTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionCreate"];
            };
        };
        responses: {
            /** @description The transaction was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            409: components["responses"]["ExternalIdConflict"];
            422: components["responses"]["TransactionRejected"];
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction's id assigned by MS.
                 * @example trx_51e0b7c3
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deleteTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction's id assigned by MS.
                 * @example trx_51e0b7c3
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["TransactionHasCashedMoney"];
        };
    };
    updateTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction's id assigned by MS.
                 * @example trx_51e0b7c3
                 */
                transactionId: components["parameters"]["TransactionId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionUpdate"];
            };
        };
        responses: {
            /** @description The transaction was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transaction"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    splitOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderSplitRequest"];
            };
        };
        responses: {
            /** @description Every line was accepted; the lines and the order's balance after this call. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrderSplitResult"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            422: components["responses"]["SplitRejected"];
        };
    };
    listTransfers: {
        parameters: {
            query?: {
                /**
                 * @description Only the transfers of this seller.
                 * @example slr_8f3a2c71
                 */
                sellerId?: components["parameters"]["SellerIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
        };
    };
    createTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferCreate"];
            };
        };
        responses: {
            /** @description The transfer was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            409: components["responses"]["ExternalIdConflict"];
            422: components["responses"]["TransferRejected"];
        };
    };
    getTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transfer's id assigned by MS.
                 * @example trf_3e6f0a12
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deleteTransfer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transfer's id assigned by MS.
                 * @example trf_3e6f0a12
                 */
                transferId: components["parameters"]["TransferId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["TransferAlreadyExecuted"];
        };
    };
    listPayoutMerchants: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payouts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutMerchantList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
        };
    };
    createPayoutMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutMerchantCreate"];
            };
        };
        responses: {
            /** @description The payout was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutMerchant"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            422: components["responses"]["ValidationFailed"];
        };
    };
    getPayoutMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payoutMerchant's id assigned by MS.
                 * @example pom_60b1d8a2
                 */
                payoutMerchantId: components["parameters"]["PayoutMerchantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutMerchant"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deletePayoutMerchant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payoutMerchant's id assigned by MS.
                 * @example pom_60b1d8a2
                 */
                payoutMerchantId: components["parameters"]["PayoutMerchantId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["PayoutAlreadyExecuted"];
        };
    };
    listPayoutSellers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payouts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSellerList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    createPayoutSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutSellerCreate"];
            };
        };
        responses: {
            /** @description The payout was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSeller"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["PayoutSellerRejected"];
        };
    };
    getPayoutSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSeller's id assigned by MS.
                 * @example pos_0d5e9b47
                 */
                payoutSellerId: components["parameters"]["PayoutSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSeller"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deletePayoutSeller: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSeller's id assigned by MS.
                 * @example pos_0d5e9b47
                 */
                payoutSellerId: components["parameters"]["PayoutSellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["PayoutAlreadyExecuted"];
        };
    };
    listPayoutSellerAmounts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payouts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSellerAmountList"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    createPayoutSellerAmount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutSellerAmountCreate"];
            };
        };
        responses: {
            /** @description The payout was registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSellerAmount"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            422: components["responses"]["PayoutSellerAmountRejected"];
        };
    };
    getPayoutSellerAmount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSellerAmount's id assigned by MS.
                 * @example psa_a17c3f58
                 */
                payoutSellerAmountId: components["parameters"]["PayoutSellerAmountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PayoutSellerAmount"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
        };
    };
    deletePayoutSellerAmount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The seller's id assigned by MS at creation, used by cash endpoints once its KYC is validated (seed §2.2).
                 * @example slr_8f3a2c71
                 */
                sellerId: components["parameters"]["SellerId"];
                /**
                 * @description The payoutSellerAmount's id assigned by MS.
                 * @example psa_a17c3f58
                 */
                payoutSellerAmountId: components["parameters"]["PayoutSellerAmountId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payout was deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["InsufficientScope"];
            404: components["responses"]["ResourceNotFound"];
            409: components["responses"]["PayoutAlreadyExecuted"];
        };
    };
    notifyIbanAvailableForPayment: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IbanAvailableForPaymentEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyKycInProgress: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycInProgressEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyKycValidated: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycValidatedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyKycRefused: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KycRefusedEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyOrderNotFound: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderNotFoundEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyTransactionUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionUpdateEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyTransferUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransferUpdateEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyPayoutMerchantUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutMerchantUpdateEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
    notifyPayoutSellerUpdate: {
        parameters: {
            query?: never;
            header: {
                /**
                 * @description `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with the endpoint secret>` (interface §5).
                 * @example t=1795428000,v1=5f1c0e8a9d3b27c4e6a1f0b9d8c7e6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9
                 */
                "MS-Signature": components["parameters"]["MsSignature"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PayoutSellerUpdateEvent"];
            };
        };
        responses: {
            "2XX": components["responses"]["WebhookAcknowledged"];
        };
    };
}
