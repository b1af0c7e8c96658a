// Generated from contracts/vouchers.openapi.yaml by `npm run generate:types`. Do not edit by hand.

export interface paths {
    "/marketplace/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a marketplace order and select one seller per voucher contract type (interface §7)
         * @description Creates the order and, per voucher contract type present on its items, selects the seller
         *     whose summed `eligible_amount` is highest (seed-vouchers: "sélectionne, toujours par contrat,
         *     le marchand dont le montant est le plus élevé"). A tie goes to the lowest contract number
         *     (an assumption). Each contract type is decided on its own, so one seller may be selected
         *     for `CONECS` and another for `CVCONNECT`. The answer is the created order, `status:
         *     CREATED`, with a `uuid` per item and `is_selected` on every voucher object.
         */
        post: operations["createVoucherOrder"];
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
        /** @description An amount in minor units (`2000` = 20.00 €), as in the seed. */
        MinorAmount: number;
        /** @description An ISO 4217 currency code (`EUR`). */
        CurrencyCode: string;
        /**
         * @description A voucher contract type (seed-vouchers).
         * @enum {string}
         */
        ContractType: "CONECS" | "CVCONNECT";
        /** @description The seller's contract number for a contract type; digits, compared as a number to break ties. */
        ContractNumber: string;
        /** @description The sub-seller's reference on the marketplace (`external_ref` in the seed). */
        SellerRef: string;
        VoucherOrderRequest: {
            amount?: components["schemas"]["MinorAmount"];
            currency?: components["schemas"]["CurrencyCode"];
            /** @description The marketplace's reference of the order. */
            reference?: string;
            items: components["schemas"]["OrderItemRequest"][];
            /** @description Each seller's contract number per contract type (an assumption, interface §7). */
            contracts?: components["schemas"]["SellerContract"][];
        };
        OrderItemRequest: {
            external_ref: components["schemas"]["SellerRef"];
            /** @description The item's label, as the seed's request spells it; answered as `reference`. */
            ref?: string;
            /** @description The item's label, as the seed's answer spells it. */
            reference?: string;
            description?: string;
            /** @description The item's kind (`FOOD` in the seed). */
            type?: string;
            amount: components["schemas"]["MinorAmount"];
            /** @description The voucher contracts that can pay this item (spelled `voucher` as in the seed's request). */
            voucher?: components["schemas"]["VoucherRequest"][];
        } & (unknown | unknown);
        VoucherRequest: {
            contract_type: components["schemas"]["ContractType"];
            eligible_amount?: components["schemas"]["MinorAmount"];
        };
        SellerContract: {
            external_ref: components["schemas"]["SellerRef"];
            contract_type: components["schemas"]["ContractType"];
            contract_number: components["schemas"]["ContractNumber"];
        };
        VoucherOrder: {
            /** @constant */
            status: "CREATED";
            amount?: components["schemas"]["MinorAmount"];
            currency?: components["schemas"]["CurrencyCode"];
            reference?: string;
            items: components["schemas"]["OrderItem"][];
            /** @description Per contract type that has a candidate, the selected seller (an assumption, interface §7). */
            selectedSellers?: components["schemas"]["SelectedSeller"][];
        };
        OrderItem: {
            /**
             * Format: uuid
             * @description The item's id, assigned by the platform.
             */
            uuid: string;
            external_ref?: components["schemas"]["SellerRef"];
            /** @description The item's label (`ref` or `reference` of the request). */
            reference?: string;
            description?: string;
            type?: string;
            amount?: components["schemas"]["MinorAmount"];
            /** @description The item's voucher objects, in request order, each with `is_selected` (spelled `vouchers` as in the seed's answer). */
            vouchers: components["schemas"]["Voucher"][];
        };
        Voucher: {
            contract_type: components["schemas"]["ContractType"];
            eligible_amount?: components["schemas"]["MinorAmount"];
            /** @description Whether this item's seller is the one selected for this contract type on the order. */
            is_selected: boolean;
        };
        SelectedSeller: {
            contract_type?: components["schemas"]["ContractType"];
            external_ref?: components["schemas"]["SellerRef"];
            contract_number?: components["schemas"]["ContractNumber"];
            eligible_total?: components["schemas"]["MinorAmount"];
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
        /** @description A field is missing or malformed, or the contracts do not cover the vouchers. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type SchemaMinorAmount = components['schemas']['MinorAmount'];
export type SchemaCurrencyCode = components['schemas']['CurrencyCode'];
export type SchemaContractType = components['schemas']['ContractType'];
export type SchemaContractNumber = components['schemas']['ContractNumber'];
export type SchemaSellerRef = components['schemas']['SellerRef'];
export type SchemaVoucherOrderRequest = components['schemas']['VoucherOrderRequest'];
export type SchemaOrderItemRequest = components['schemas']['OrderItemRequest'];
export type SchemaVoucherRequest = components['schemas']['VoucherRequest'];
export type SchemaSellerContract = components['schemas']['SellerContract'];
export type SchemaVoucherOrder = components['schemas']['VoucherOrder'];
export type SchemaOrderItem = components['schemas']['OrderItem'];
export type SchemaVoucher = components['schemas']['Voucher'];
export type SchemaSelectedSeller = components['schemas']['SelectedSeller'];
export type SchemaProblem = components['schemas']['Problem'];
export type SchemaProblemFieldError = components['schemas']['ProblemFieldError'];
export type ResponseMalformedBody = components['responses']['MalformedBody'];
export type ResponseUnauthenticated = components['responses']['Unauthenticated'];
export type ResponseForbidden = components['responses']['Forbidden'];
export type ResponseUnprocessable = components['responses']['Unprocessable'];
export type $defs = Record<string, never>;
export interface operations {
    createVoucherOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoucherOrderRequest"];
            };
        };
        responses: {
            /** @description The order is created; every voucher object carries `is_selected`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VoucherOrder"];
                };
            };
            400: components["responses"]["MalformedBody"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
}
