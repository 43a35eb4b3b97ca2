// Generated from ../../spec/brand/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/PromoCodes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List promo codes
         * @description Returns one page of the account's promo codes, optionally filtered by program, code, dates and state. Follow `@nextpageuri` for the next page until it is absent.
         */
        get: operations["listPromoCodes"];
        put?: never;
        /**
         * Create a promo code
         * @description Creates a promo code in a program and assigns it to one partner, optionally linked to a deal. The answer carries the new code's path in `Uri`, whose last segment is its id. Creating is not idempotent, so a client must not retry it on its own.
         */
        post: operations["createPromoCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodes/{PromoCodeId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code, as `Id` in the promo code object.
                 * @example 7777777
                 */
                PromoCodeId: components["parameters"]["PromoCodeId"];
            };
            cookie?: never;
        };
        /**
         * Get a promo code
         * @description Returns one promo code, with the fields of the deal it is linked to.
         */
        get: operations["getPromoCode"];
        put?: never;
        post?: never;
        /**
         * Expire a promo code
         * @description Expires the promo code: it stops tracking and its `State` becomes `INACTIVE`. Despite the DELETE method the code is not removed and can still be read and listed. impact.com documents no way to update a code (its object reference says one exists, but no operation is published), so changing a code means expiring it and creating a new one.
         */
        delete: operations["expirePromoCode"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an exception list
         * @description Creates an empty promo code exception list for one program and the action trackers it names; add codes to it with `createPromoCodeExceptionListItem`. impact.com documents no operation that lists every exception list of an account, and none that deletes a list.
         */
        post: operations["createPromoCodeExceptionList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists/{ListId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        /**
         * Get an exception list
         * @description Returns one promo code exception list, with the number of items on it.
         */
        get: operations["getPromoCodeExceptionList"];
        /**
         * Update an exception list
         * @description Changes an exception list's name, its action trackers, or both. Fields left out keep their value. Sending the same change twice has the same effect as once.
         */
        put: operations["updatePromoCodeExceptionList"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists/{ListId}/Items": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        /**
         * List exception list items
         * @description Returns one page of the items on an exception list, optionally only those with a given value. Follow `@nextpageuri` for the next page until it is absent.
         */
        get: operations["listPromoCodeExceptionListItems"];
        put?: never;
        /**
         * Add an exception list item
         * @description Puts one promo code on the exception list. The answer carries the new item's path in `Uri`. Not idempotent: a client must not retry it on its own.
         */
        post: operations["createPromoCodeExceptionListItem"];
        /**
         * Delete every exception list item
         * @description Removes every item from the exception list. The list itself stays, empty. This cannot be undone.
         */
        delete: operations["deleteAllPromoCodeExceptionListItems"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists/{ListId}/Items/{ItemId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
                /**
                 * @description The id of the item on the exception list, as `Id` in the item object.
                 * @example 555001
                 */
                ItemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        /**
         * Get an exception list item
         * @description Returns one item of an exception list.
         */
        get: operations["getPromoCodeExceptionListItem"];
        put?: never;
        post?: never;
        /**
         * Delete an exception list item
         * @description Removes one item from the exception list. This cannot be undone.
         */
        delete: operations["deletePromoCodeExceptionListItem"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description Whether a brand's promo code is in force.
         * @example ACTIVE
         * @enum {string}
         */
        PromoCodeState: "ACTIVE" | "INACTIVE";
        /**
         * @description The path of a resource, relative to `https://api.impact.com` (it starts with `/Advertisers/{AccountSID}` or `/Mediapartners/{AccountSID}`). Resolve it against the server's origin, not against the server URL with the account SID. Not every path is a well-formed URI reference: impact.com's own examples carry placeholders such as `<AccountSID>`, so only the leading slash is promised.
         * @example /Advertisers/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/PromoCodes/7777777
         */
        ResourceUri: string;
        /** @description The paging fields every list response carries next to its array. The URIs are paths relative to the server (`https://api.impact.com`); a URI that does not apply (no previous page on the first page, no next page on the last) is absent. */
        PageEnvelope: {
            /**
             * @description The number of this page, counting from 1.
             * @example 1
             */
            "@page": number;
            /**
             * @description How many pages the whole result has.
             * @example 3
             */
            "@numpages": number;
            /**
             * @description How many records a page holds.
             * @example 100
             */
            "@pagesize": number;
            /**
             * @description How many records the whole result has.
             * @example 250
             */
            "@total": number;
            /**
             * @description The zero-based position of this page's first record in the whole result.
             * @example 0
             */
            "@start": number;
            /**
             * @description The zero-based position of this page's last record in the whole result.
             * @example 99
             */
            "@end": number;
            /** @description The path of this page. */
            "@uri": components["schemas"]["ResourceUri"];
            /** @description The path of the first page. */
            "@firstpageuri"?: components["schemas"]["ResourceUri"];
            /** @description The path of the page before this one; absent on the first page. */
            "@previouspageuri"?: components["schemas"]["ResourceUri"];
            /** @description The path of the page after this one; absent on the last page. A client pages through a list by following it until it is absent. */
            "@nextpageuri"?: components["schemas"]["ResourceUri"];
            /** @description The path of the last page. */
            "@lastpageuri"?: components["schemas"]["ResourceUri"];
        };
        /**
         * @description How the code a customer enters is compared with the promo code. The brand API calls this field `Type`, the partner API `MatchMode`.
         * @example LI
         * @enum {string}
         */
        PromoCodeMatchType: "LI" | "RE";
        /**
         * @description When the partner the code is assigned to gets credit for a sale made with it. The brand API calls this field `CreditPolicy`, the partner API `CreditRule`.
         * @example ALWAYS
         * @enum {string}
         */
        PromoCodeCreditPolicy: "ALWAYS" | "INVOLVED" | "WINNER";
        /**
         * @description Where the deal linked to a promo code stands. Absent when no deal is linked.
         * @example ACTIVE
         * @enum {string}
         */
        DealState: "ACTIVE" | "EXPIRED" | "PENDING";
        /**
         * @description What kind of offer the linked deal makes. Absent when no deal is linked.
         * @example GENERAL_SALE
         * @enum {string}
         */
        DealType: "GENERAL_SALE" | "FREE_SHIPPING" | "GIFT_WITH_PURCHASE" | "REBATE" | "BOGO";
        /**
         * @description Which products a deal (or one side of a BOGO deal) covers. Used by `DealScope`, `BogoBuyScope` and `BogoGetScope`; absent where it does not apply.
         * @example PRODUCT
         * @enum {string}
         */
        DealScope: "CATEGORY" | "ENTIRE_STORE" | "PRODUCT";
        /**
         * @description A three-letter ISO 4217 currency code.
         * @example USD
         */
        CurrencyCode: string;
        /** @description A product a deal applies to, present when the deal's scope is `PRODUCT`. */
        DealProduct: {
            /**
             * @description The product's name.
             * @example Gray Anvil
             */
            ProductName?: string;
            /**
             * @description The product image's URL. impact.com's object reference spells this key `ProductImageURL`; its own example responses spell it `ProductImageUrl`, which the spec follows.
             * @example /images/Gray_Anvil.png
             */
            ProductImageUrl?: string;
            /**
             * @description The product's price before the deal.
             * @example 50
             */
            ProductBeforePriceAmount?: number;
            ProductBeforePriceCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description The product's price with the deal applied.
             * @example 45
             */
            ProductAfterPriceAmount?: number;
            ProductAfterPriceCurrency?: components["schemas"]["CurrencyCode"];
        };
        /**
         * @description How the linked deal's discount is computed. Absent when the deal has no discount.
         * @example FIXED
         * @enum {string}
         */
        DiscountType: "FIXED" | "PERCENT" | "PERCENT_RANGE" | "PERCENT_MAXIMUM";
        /**
         * @description In a BOGO deal, how the "get" item is discounted. Absent unless the deal type is `BOGO`.
         * @example AMOUNT
         * @enum {string}
         */
        BogoGetDiscountType: "FREE" | "AMOUNT" | "PERCENT";
        /** @description A promo code a brand has issued to one partner in one program, with the deal it is linked to, if any. The deal fields (`Deal*`, `Discount*`, `Bogo*` and the rest) are copied from the linked deal and are absent when no deal is linked or when they do not apply to the deal's type. impact.com's object reference says codes can be updated, but no update operation is documented: a code can only be created, read, listed and expired. */
        PromoCode: {
            /**
             * Format: int64
             * @description The promo code's unique id.
             * @example 7777777
             */
            Id: number;
            /**
             * @description The code customers enter (a regular expression when `Type` is `RE`).
             * @example Acme20
             */
            Code: string;
            Type: components["schemas"]["PromoCodeMatchType"];
            CreditPolicy: components["schemas"]["PromoCodeCreditPolicy"];
            /**
             * Format: int64
             * @description The id of the program (campaign) the code belongs to.
             * @example 1000
             */
            CampaignId: number;
            /**
             * @description The program's name.
             * @example AcmeCampaign
             */
            CampaignName?: string;
            /**
             * Format: int64
             * @description The id of the partner the code is assigned to.
             * @example 10000
             */
            AssignedPartnerId: number;
            /**
             * @description The assigned partner's name.
             * @example AcmePartner
             */
            AssignedPartnerName?: string;
            /**
             * Format: date-time
             * @description When the code was created.
             * @example 2026-01-15T10:00:00-08:00
             */
            CreatedDate: string;
            /**
             * Format: date-time
             * @description When the code starts tracking; absent if it tracks from its creation.
             * @example 2026-06-01T00:00:00-07:00
             */
            StartDate?: string;
            /**
             * Format: date-time
             * @description When the code stops tracking; absent if it has no end.
             * @example 2026-08-31T23:59:59-07:00
             */
            EndDate?: string;
            State: components["schemas"]["PromoCodeState"];
            /**
             * Format: int64
             * @description The id of the linked deal; absent when no deal is linked.
             * @example 3
             */
            DealId?: number;
            /**
             * @description The linked deal's name.
             * @example AcmeDeal3
             */
            DealName?: string;
            /**
             * @description The linked deal's description.
             * @example Twenty dollars off every anvil
             */
            DealDescription?: string;
            DealState?: components["schemas"]["DealState"];
            DealType?: components["schemas"]["DealType"];
            DealScope?: components["schemas"]["DealScope"];
            /** @description The products the deal covers, when `DealScope` is `PRODUCT`; empty otherwise. */
            DealProducts?: components["schemas"]["DealProduct"][];
            /**
             * @description The category the deal covers, when `DealScope` is `CATEGORY`.
             * @example Anvils
             */
            DealCategories?: string;
            DiscountType?: components["schemas"]["DiscountType"];
            /**
             * @description The amount off, when `DiscountType` is `FIXED`.
             * @example 20
             */
            DiscountAmount?: number;
            DiscountCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description The percentage off, when `DiscountType` is `PERCENT`.
             * @example 10
             */
            DiscountPercent?: number;
            /**
             * @description The highest percentage off, when `DiscountType` is `PERCENT_MAXIMUM`.
             * @example 30
             */
            DiscountMaximumPercent?: number;
            /**
             * @description The low end of the percentage range, when `DiscountType` is `PERCENT_RANGE`.
             * @example 10
             */
            DiscountPercentRangeStart?: number;
            /**
             * @description The high end of the percentage range, when `DiscountType` is `PERCENT_RANGE`.
             * @example 25
             */
            DiscountPercentRangeEnd?: number;
            /**
             * @description The gift's name, when `DealType` is `GIFT_WITH_PURCHASE`.
             * @example Free anvil polish
             */
            Gift?: string;
            /**
             * @description The rebate's amount, when `DealType` is `REBATE`.
             * @example 15
             */
            RebateAmount?: number;
            RebateCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description The linked deal's default promo code.
             * @example Acme20
             */
            DealDefaultPromoCode?: string;
            /**
             * @description The smallest order the deal applies to.
             * @example 50
             */
            MinimumPurchaseAmount?: number;
            MinimumPurchaseAmountCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description The most the deal can take off one order.
             * @example 20
             */
            MaximumSavingsAmount?: number;
            MaximumSavingsCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description In a BOGO deal, how many "buy" items the customer must buy; 0 otherwise.
             * @example 1
             */
            BogoBuyQuantity?: number;
            BogoBuyScope?: components["schemas"]["DealScope"];
            /**
             * @description In a BOGO deal, the "buy" product's name.
             * @example Gray Anvil
             */
            BogoBuyName?: string;
            /**
             * @description In a BOGO deal, the "buy" product's image URL.
             * @example /images/Gray_Anvil.png
             */
            BogoBuyImageUrl?: string;
            /**
             * @description In a BOGO deal, how many "get" items the customer receives; 0 otherwise.
             * @example 1
             */
            BogoGetQuantity?: number;
            BogoGetScope?: components["schemas"]["DealScope"];
            BogoGetDiscountType?: components["schemas"]["BogoGetDiscountType"];
            /**
             * @description In a BOGO deal, the "get" product's name.
             * @example Hammer
             */
            BogoGetName?: string;
            /**
             * @description In a BOGO deal, the "get" product's image URL.
             * @example /images/Hammer.png
             */
            BogoGetImageUrl?: string;
            /**
             * @description The amount off the "get" item, when `BogoGetDiscountType` is `AMOUNT`.
             * @example 10
             */
            BogoGetDiscountAmount?: number;
            BogoGetDiscountCurrency?: components["schemas"]["CurrencyCode"];
            /**
             * @description The percentage off the "get" item, when `BogoGetDiscountType` is `PERCENT`.
             * @example 50
             */
            BogoGetDiscountPercent?: number;
            /**
             * @description In a BOGO deal, how many "buy" items one order may hold; 0 means no limit.
             * @example 4
             */
            PurchaseLimitQuantity?: number;
            /**
             * Format: date-time
             * @description When the linked deal starts.
             * @example 2026-06-01T00:00:00-07:00
             */
            DealStartDate?: string;
            /**
             * Format: date-time
             * @description When the linked deal ends.
             * @example 2026-08-31T23:59:59-07:00
             */
            DealEndDate?: string;
            /**
             * @description True when the linked deal keeps the state and dates of all its ads and promo codes in step with its own.
             * @example false
             */
            SynchAdsPromoCodes?: boolean;
            /** @description The partners allowed to use the linked deal; empty when it is not restricted. impact.com's reference describes this as a comma-separated string, while its example responses send an array; the spec types it as an array, and the wire rule accepts either spelling. */
            DealRestrictedMediaPartners?: string[];
            /** @description The partner groups allowed to use the linked deal; empty when it is not restricted. Documented as a comma-separated string, sent as an array, as with `DealRestrictedMediaPartners`. */
            DealRestrictedMediaPartnerGroups?: string[];
            /** @description The path of this promo code. */
            Uri: components["schemas"]["ResourceUri"];
        };
        /** @description One page of a brand's promo codes. */
        PromoCodeList: {
            /** @description The promo codes on this page. */
            PromoCodes: components["schemas"]["PromoCode"][];
        } & components["schemas"]["PageEnvelope"];
        /** @description One problem with one field of the request. */
        ErrorDetail: {
            /**
             * @description The name of the parameter or body field the problem is about.
             * @example AccountId
             */
            Field?: string;
            /**
             * @description What is wrong with that field.
             * @example Not a numeric value
             */
            Message: string;
        };
        /** @description The body impact.com sends with every error status. `Errors` is only present when the service can name the fields at fault. */
        ErrorResponse: {
            /**
             * @description Always `ERROR` on an error response.
             * @constant
             */
            Status: "ERROR";
            /**
             * @description A short human-readable summary of the failure.
             * @example Validation Failed
             */
            Message: string;
            /** @description One entry per field that failed validation. */
            Errors?: components["schemas"]["ErrorDetail"][];
        };
        /** @description The fields of a new promo code. */
        PromoCodeCreateRequest: {
            /**
             * Format: int64
             * @description The id of the partner to assign the code to.
             * @example 10000
             */
            AssignedPartnerId: number;
            /**
             * Format: int64
             * @description The id of the program (campaign) the code belongs to.
             * @example 1000
             */
            CampaignId: number;
            CreditPolicy: components["schemas"]["PromoCodeCreditPolicy"];
            /**
             * @description The code customers will enter (a regular expression when `Type` is `RE`).
             * @example Acme20
             */
            Code: string;
            Type: components["schemas"]["PromoCodeMatchType"];
            /**
             * Format: date-time
             * @description When the code starts tracking, in ISO 8601 with an offset. Defaults to now.
             * @example 2026-06-01T00:00:00-07:00
             */
            StartDate?: string;
            /**
             * Format: date-time
             * @description When the code stops tracking, in ISO 8601 with an offset. Without it the code has no end.
             * @example 2026-08-31T23:59:59-07:00
             */
            EndDate?: string;
            /**
             * Format: int64
             * @description The id of a deal to link the code to.
             * @example 98765
             */
            DealId?: number;
            /**
             * @description The name of the deal to link the code to.
             * @example Acme Deal2
             */
            DealName?: string;
        };
        /** @description What the service answers to a create, an update or an expire: a status word and the path of the resource that was created or changed. The two deletes answer a `DeleteResult` instead, which has no path. */
        ActionResult: {
            /**
             * @description `OK` when the change was made. The service documents no other value on success.
             * @example OK
             */
            Status: string;
            /** @description The path of the resource that was created or changed. */
            Uri: components["schemas"]["ResourceUri"];
        };
        /** @description The fields of a new, empty promo code exception list. */
        PromoCodeExceptionListCreateRequest: {
            /**
             * @description The ids of the action trackers (event types) the list applies to, separated by commas.
             * @example 18500,18501
             */
            ActionTrackerId: string;
            /**
             * Format: int64
             * @description The id of the program (campaign) the list applies to.
             * @example 1000
             */
            CampaignId: number;
            /**
             * @description The list's display name.
             * @example Excluded-Influencer-Codes
             */
            Name: string;
        };
        /**
         * @description Where a promo code exception list stands in its life.
         * @example ACTIVE
         * @enum {string}
         */
        PromoCodeExceptionListState: "ACTIVE" | "CLOSED" | "DEACTIVATED";
        /** @description An action tracker (event type) an exception list applies to. */
        ActionTracker: {
            /**
             * Format: int64
             * @description The action tracker's id.
             * @example 18500
             */
            Id: number;
            /**
             * @description The action tracker's display name.
             * @example Online Sale
             */
            Name?: string;
        };
        /** @description A list of promo codes that earn an exceptional payout rate in one program, for the action trackers it names. Brands create and edit lists; partners can read the lists their contracts refer to. Both APIs return the same fields. */
        PromoCodeExceptionList: {
            /**
             * Format: int64
             * @description The list's unique id.
             * @example 99999
             */
            Id: number;
            /**
             * @description The list's display name.
             * @example Excluded-Influencer-Codes
             */
            Name: string;
            State: components["schemas"]["PromoCodeExceptionListState"];
            /**
             * Format: int64
             * @description The id of the program (campaign) the list applies to.
             * @example 1000
             */
            CampaignId: number;
            /**
             * Format: date-time
             * @description When the list was created.
             * @example 2026-01-15T10:00:00-08:00
             */
            CreatedDate?: string;
            /**
             * Format: date-time
             * @description When the list was deactivated; absent while it has not been.
             * @example 2026-12-31T23:59:59-08:00
             */
            DeactivationDate?: string;
            /** @description The action trackers (event types) the list applies to. */
            ActionTrackers?: components["schemas"]["ActionTracker"][];
            /**
             * @description How many items the list holds.
             * @example 50
             */
            NumberOfItems?: number;
            /** @description The path of the list's items collection. */
            ItemsUri?: components["schemas"]["ResourceUri"];
            /** @description The path of this list. */
            Uri: components["schemas"]["ResourceUri"];
        };
        /** @description The fields of an exception list to change. Fields left out keep their value; at least one must be given. */
        PromoCodeExceptionListUpdateRequest: {
            /**
             * @description The new set of action tracker ids, separated by commas; it replaces the old set.
             * @example 18500
             */
            ActionTrackerId?: string;
            /**
             * @description The list's new display name.
             * @example Excluded-Influencer-Codes-2026
             */
            Name?: string;
        };
        /**
         * @description How an exception list item's `Value` is compared with the promo code on an incoming action.
         * @example EQ
         * @enum {string}
         */
        PromoCodeExceptionListItemMatchMode: "EQ" | "REGEX";
        /** @description One promo code (or code pattern) on a promo code exception list. */
        PromoCodeExceptionListItem: {
            /**
             * Format: int64
             * @description The item's unique id.
             * @example 555001
             */
            Id: number;
            /**
             * @description The promo code, or the pattern when `MatchMode` is `REGEX`.
             * @example SUMMER25
             */
            Value: string;
            /**
             * @description The item's display name.
             * @example Summer influencer code
             */
            Name?: string;
            MatchMode?: components["schemas"]["PromoCodeExceptionListItemMatchMode"];
            /**
             * Format: int64
             * @description The id of the list the item belongs to.
             * @example 99999
             */
            ListId: number;
            /**
             * Format: date-time
             * @description When the item was added to the list.
             * @example 2026-01-16T09:30:00-08:00
             */
            CreatedDate?: string;
            /** @description The path of this item. */
            Uri: components["schemas"]["ResourceUri"];
        };
        /** @description One page of the items on a promo code exception list. */
        PromoCodeExceptionListItemList: {
            /** @description The items on this page. */
            ExceptionListItems: components["schemas"]["PromoCodeExceptionListItem"][];
        } & components["schemas"]["PageEnvelope"];
        /** @description The fields of a new exception list item. */
        PromoCodeExceptionListItemCreateRequest: {
            /**
             * @description The promo code to put on the list.
             * @example SUMMER25
             */
            Value: string;
        };
        /** @description What the service answers to a delete of exception list items: a status word alone, since nothing is left to point to. */
        DeleteResult: {
            /**
             * @description `DELETED` when the items are gone. The service documents no other value on success.
             * @example DELETED
             */
            Status: string;
            /**
             * @deprecated
             * @description Never sent after a delete. Kept, deprecated, until the next major version so that code which read it still compiles; it was always absent.
             */
            Uri?: components["schemas"]["ResourceUri"];
        };
    };
    responses: {
        /** @description The request was malformed or a field failed validation; `Errors` names each field at fault. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The Basic auth credentials are missing, or the account SID and auth token do not match. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The credentials are valid, but the auth token lacks the scope this operation needs. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The account has used up its hourly request allowance. The headers say the limit and when it resets; wait `X-RateLimit-Reset` seconds before retrying. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit": components["headers"]["X-RateLimit-Limit"];
                "X-RateLimit-Remaining": components["headers"]["X-RateLimit-Remaining"];
                "X-RateLimit-Reset": components["headers"]["X-RateLimit-Reset"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description The service failed (500), or a gateway in front of it did (502, 503, 504). Safe to retry with backoff for idempotent methods. */
        ServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
        /** @description No resource has the id given in the path, or it is not visible to this account. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorResponse"];
            };
        };
    };
    parameters: {
        /**
         * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
         * @example 14
         */
        IRVersion: "14";
        /**
         * @description The page to return, counting from 1.
         * @example 2
         */
        Page: number;
        /**
         * @description How many records one page holds, from 50 to 1000.
         * @example 100
         */
        PageSize: number;
        /**
         * @description The id of the promo code, as `Id` in the promo code object.
         * @example 7777777
         */
        PromoCodeId: number;
        /**
         * @description The id of the promo code exception list, as `Id` in the list object.
         * @example 99999
         */
        ListId: number;
        /**
         * @description The id of the item on the exception list, as `Id` in the item object.
         * @example 555001
         */
        ItemId: number;
    };
    requestBodies: {
        /** @description The new promo code. impact.com documents the body form-encoded; the service reads the same fields sent as JSON. */
        PromoCodeCreate: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PromoCodeCreateRequest"];
                "application/json": components["schemas"]["PromoCodeCreateRequest"];
            };
        };
        /** @description The new exception list. impact.com documents the body form-encoded; the service reads the same fields sent as JSON. */
        PromoCodeExceptionListCreate: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PromoCodeExceptionListCreateRequest"];
                "application/json": components["schemas"]["PromoCodeExceptionListCreateRequest"];
            };
        };
        /** @description The exception list fields to change. impact.com documents the body form-encoded; the service reads the same fields sent as JSON. */
        PromoCodeExceptionListUpdate: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PromoCodeExceptionListUpdateRequest"];
                "application/json": components["schemas"]["PromoCodeExceptionListUpdateRequest"];
            };
        };
        /** @description The new exception list item. impact.com documents the body form-encoded; the service reads the same fields sent as JSON. */
        PromoCodeExceptionListItemCreate: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["PromoCodeExceptionListItemCreateRequest"];
                "application/json": components["schemas"]["PromoCodeExceptionListItemCreateRequest"];
            };
        };
    };
    headers: {
        /**
         * @description How many requests the account may make in the current window (1,000 an hour unless impact.com has raised it).
         * @example 1000
         */
        "X-RateLimit-Limit": number;
        /**
         * @description How many requests are left in the current window.
         * @example 0
         */
        "X-RateLimit-Remaining": number;
        /**
         * @description Seconds until the current window ends and the limit is restored. A client should wait this long before retrying.
         * @example 1800
         */
        "X-RateLimit-Reset": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPromoCodes: {
        parameters: {
            query?: {
                /**
                 * @description Only codes of this program (campaign).
                 * @example 1000
                 */
                CampaignId?: number;
                /**
                 * @description Only the code with exactly this value.
                 * @example Acme20
                 */
                Code?: string;
                /**
                 * @description Only codes that start at or after this moment (ISO 8601 with an offset).
                 * @example 2026-01-01T00:00:00-08:00
                 */
                StartDate?: string;
                /**
                 * @description Only codes that end at or before this moment (ISO 8601 with an offset).
                 * @example 2026-12-31T23:59:59-08:00
                 */
                EndDate?: string;
                /**
                 * @description Only codes in this state.
                 * @example ACTIVE
                 */
                State?: components["schemas"]["PromoCodeState"];
                /**
                 * @description The page to return, counting from 1.
                 * @example 2
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description How many records one page holds, from 50 to 1000.
                 * @example 100
                 */
                PageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of promo codes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPromoCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PromoCodeCreate"];
        responses: {
            /** @description The code was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPromoCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code, as `Id` in the promo code object.
                 * @example 7777777
                 */
                PromoCodeId: components["parameters"]["PromoCodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The promo code. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCode"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    expirePromoCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code, as `Id` in the promo code object.
                 * @example 7777777
                 */
                PromoCodeId: components["parameters"]["PromoCodeId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code was expired. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPromoCodeExceptionList: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PromoCodeExceptionListCreate"];
        responses: {
            /** @description The list was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPromoCodeExceptionList: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exception list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeExceptionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    updatePromoCodeExceptionList: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PromoCodeExceptionListUpdate"];
        responses: {
            /** @description The list was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    listPromoCodeExceptionListItems: {
        parameters: {
            query?: {
                /**
                 * @description Only items whose value is exactly this promo code.
                 * @example SUMMER25
                 */
                Value?: string;
                /**
                 * @description The page to return, counting from 1.
                 * @example 2
                 */
                Page?: components["parameters"]["Page"];
                /**
                 * @description How many records one page holds, from 50 to 1000.
                 * @example 100
                 */
                PageSize?: components["parameters"]["PageSize"];
            };
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeExceptionListItemList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    createPromoCodeExceptionListItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        requestBody: components["requestBodies"]["PromoCodeExceptionListItemCreate"];
        responses: {
            /** @description The item was added. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActionResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deleteAllPromoCodeExceptionListItems: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items were deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    getPromoCodeExceptionListItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
                /**
                 * @description The id of the item on the exception list, as `Id` in the item object.
                 * @example 555001
                 */
                ItemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PromoCodeExceptionListItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
    deletePromoCodeExceptionListItem: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 14
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list, as `Id` in the list object.
                 * @example 99999
                 */
                ListId: components["parameters"]["ListId"];
                /**
                 * @description The id of the item on the exception list, as `Id` in the item object.
                 * @example 555001
                 */
                ItemId: components["parameters"]["ItemId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The item was deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeleteResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["TooManyRequests"];
            "5XX": components["responses"]["ServerError"];
        };
    };
}
