// Generated from ../../spec/partner/openapi.yaml by this project's generator. Do not edit: change the spec and run `npm run generate`.

export interface paths {
    "/PromoCodes": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path?: never;
            cookie?: never;
        };
        /**
         * List promo codes
         * @description Returns one page of the promo codes brands have given this partner, filtered, searched and sorted as the parameters say. Date filters are inclusive. Follow `@nextpageuri` for the next page until it is absent.
         *
         *     impact.com does not document how a filter with several values travels. This description uses the OpenAPI default for query arrays (`form`, exploded: `ProgramId=6554&ProgramId=9786`); the root extension `x-query-array-encoding` holds that choice in one place, so changing it is one edit and a regeneration.
         */
        get: operations["listPromoCodes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodes/{Id}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code, as `Id` in the promo code object.
                 * @example 3467
                 */
                Id: components["parameters"]["PromoCodeId"];
            };
            cookie?: never;
        };
        /**
         * Get a promo code
         * @description Returns one promo code a brand has given this partner.
         */
        get: operations["getPromoCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists/{PromoCodeExceptionListId}": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list. Partners learn it from the contract (terms) a brand has given them; no operation lists them.
                 * @example 99999
                 */
                PromoCodeExceptionListId: components["parameters"]["PromoCodeExceptionListId"];
            };
            cookie?: never;
        };
        /**
         * Get an exception list
         * @description Returns one promo code exception list that a brand's contract with this partner refers to. The fields are those of the brand API's list object.
         */
        get: operations["getPromoCodeExceptionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items": {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list. Partners learn it from the contract (terms) a brand has given them; no operation lists them.
                 * @example 99999
                 */
                PromoCodeExceptionListId: components["parameters"]["PromoCodeExceptionListId"];
            };
            cookie?: never;
        };
        /**
         * List exception list items
         * @description Returns one page of the items on an exception list. Follow `@nextpageuri` for the next page until it is absent. The array's key is `PromoCodeExceptionListItems`, not the brand API's `ExceptionListItems`.
         */
        get: operations["listPromoCodeExceptionListItems"];
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
        /**
         * @description When the partner the code is assigned to gets credit for a sale made with it. The brand API calls this field `CreditPolicy`, the partner API `CreditRule`.
         * @example ALWAYS
         * @enum {string}
         */
        PromoCodeCreditPolicy: "ALWAYS" | "INVOLVED" | "WINNER";
        /**
         * @description How the code a customer enters is compared with the promo code. The brand API calls this field `Type`, the partner API `MatchMode`.
         * @example LI
         * @enum {string}
         */
        PromoCodeMatchType: "LI" | "RE";
        /**
         * @description The direction to sort in.
         * @example ASC
         * @enum {string}
         */
        SortOrder: "ASC" | "DESC";
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
         * @description Where a promo code stands, as a partner sees it.
         * @example ACTIVE
         * @enum {string}
         */
        PromoCodeState: "ACTIVE" | "FUTUREDATE" | "EXPIRED";
        /** @description The program (campaign) a promo code belongs to. */
        ProgramSummary: {
            /**
             * Format: int64
             * @description The program's id.
             * @example 3646
             */
            Id: number;
            /**
             * @description The program's name.
             * @example Summer Savings Program
             */
            Name?: string;
            /** @description The path of the program. */
            Uri?: components["schemas"]["ResourceUri"];
            /**
             * @description The path of the program's logo image.
             * @example /Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Campaigns/3646/Logo
             */
            LogoUri?: string;
        };
        /** @description The brand (advertiser) that issued a promo code. */
        AdvertiserSummary: {
            /**
             * Format: int64
             * @description The brand's id.
             * @example 2320
             */
            Id: number;
            /**
             * @description The brand's name.
             * @example SummerStyle Co.
             */
            Name?: string;
            /** @description The path of the brand. */
            Uri?: components["schemas"]["ResourceUri"];
            /**
             * @description The path of the brand's logo image.
             * @example /Mediapartners/IRaBcDeFgHiJkLmNoPqRsTuVwXyZ1234567/Advertisers/2320/Logo
             */
            LogoUri?: string;
        };
        /** @description The deal a promo code is linked to. */
        DealSummary: {
            /**
             * Format: int64
             * @description The deal's id.
             * @example 5867
             */
            Id: number;
            /**
             * @description The deal's name.
             * @example Twenty off summer
             */
            Name?: string;
            /** @description The path of the deal. */
            Uri?: components["schemas"]["ResourceUri"];
        };
        /** @description A promo code a brand has given this partner. It carries fewer fields than the brand's promo code object: the program, brand and deal come as small nested objects. */
        PromoCode: {
            /**
             * Format: int64
             * @description The promo code's unique id.
             * @example 3467
             */
            Id: number;
            /**
             * @description The code customers enter (a regular expression when `MatchMode` is `RE`).
             * @example summer2026
             */
            Code: string;
            State: components["schemas"]["PromoCodeState"];
            Program?: components["schemas"]["ProgramSummary"];
            Advertiser?: components["schemas"]["AdvertiserSummary"];
            Deal?: components["schemas"]["DealSummary"];
            MatchMode?: components["schemas"]["PromoCodeMatchType"];
            CreditRule?: components["schemas"]["PromoCodeCreditPolicy"];
            /**
             * Format: date-time
             * @description When the code was created.
             * @example 2025-06-03T10:15:00+02:00
             */
            CreatedDate?: string;
            /**
             * Format: date-time
             * @description When the code starts tracking.
             * @example 2025-06-05T00:00:00+02:00
             */
            StartDate?: string;
            /**
             * Format: date-time
             * @description When the code stops tracking; absent if it has no end.
             * @example 2025-09-30T23:59:59+02:00
             */
            EndDate?: string;
            /** @description The path impact.com gives for the code. In impact.com's own example it points at the code's program rather than at the code. */
            Uri: components["schemas"]["ResourceUri"];
        };
        /** @description One page of the promo codes brands have given this partner. */
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
        /** @description One page of the items on a promo code exception list, as a partner reads it. */
        PromoCodeExceptionListItemList: {
            /** @description The items on this page. The partner API names this key `PromoCodeExceptionListItems`; the brand API calls it `ExceptionListItems`. */
            PromoCodeExceptionListItems: components["schemas"]["PromoCodeExceptionListItem"][];
        } & components["schemas"]["PageEnvelope"];
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
        /** @description The account has used up its hourly request allowance. Wait `Retry-After` seconds (the same as `RateLimit-Reset`) before retrying. */
        TooManyRequests: {
            headers: {
                "X-RateLimit-Limit-hour": components["headers"]["X-RateLimit-Limit-hour"];
                "X-RateLimit-Remaining-hour": components["headers"]["X-RateLimit-Remaining-hour"];
                "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                "Retry-After": components["headers"]["Retry-After"];
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
         * @example 16
         */
        IRVersion: "16";
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
         * @example 3467
         */
        PromoCodeId: number;
        /**
         * @description The id of the promo code exception list. Partners learn it from the contract (terms) a brand has given them; no operation lists them.
         * @example 99999
         */
        PromoCodeExceptionListId: number;
    };
    requestBodies: never;
    headers: {
        /**
         * @description How many requests the account may make in the current hour.
         * @example 1000
         */
        "X-RateLimit-Limit-hour": number;
        /**
         * @description How many requests are left in the current hour.
         * @example 0
         */
        "X-RateLimit-Remaining-hour": number;
        /**
         * @description Seconds until the current window ends and the limit is restored.
         * @example 1800
         */
        "RateLimit-Reset": number;
        /**
         * @description Seconds to wait before sending the next request.
         * @example 1800
         */
        "Retry-After": number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listPromoCodes: {
        parameters: {
            query?: {
                /**
                 * @description A phrase to search for across the promo codes.
                 * @example summer
                 */
                SearchString?: string;
                /**
                 * @description Only codes of these programs.
                 * @example [
                 *       6554,
                 *       9786
                 *     ]
                 */
                ProgramId?: number[];
                /**
                 * @description Only codes from these brands.
                 * @example [
                 *       2456,
                 *       36646
                 *     ]
                 */
                AdvertiserId?: number[];
                /**
                 * @description Only codes linked to these deals.
                 * @example [
                 *       5867,
                 *       47834
                 *     ]
                 */
                DealId?: number[];
                /**
                 * @description Only codes with one of these credit rules.
                 * @example [
                 *       "ALWAYS",
                 *       "WINNER"
                 *     ]
                 */
                CreditRule?: components["schemas"]["PromoCodeCreditPolicy"][];
                /**
                 * @description Only codes with one of these match modes.
                 * @example [
                 *       "RE"
                 *     ]
                 */
                MatchMode?: components["schemas"]["PromoCodeMatchType"][];
                /**
                 * @description Only codes created at or after this moment.
                 * @example 2024-07-19T17:46:44+02:00
                 */
                CreatedDateStart?: string;
                /**
                 * @description Only codes created at or before this moment.
                 * @example 2024-08-19T17:46:44+02:00
                 */
                CreatedDateEnd?: string;
                /**
                 * @description Only codes that start at or after this moment.
                 * @example 2024-07-20T00:00:00+02:00
                 */
                StartDateStart?: string;
                /**
                 * @description Only codes that start at or before this moment.
                 * @example 2024-08-19T23:59:59+02:00
                 */
                StartDateEnd?: string;
                /**
                 * @description Only codes that end at or after this moment.
                 * @example 2024-08-20T00:00:00+02:00
                 */
                EndDateStart?: string;
                /**
                 * @description Only codes that end at or before this moment.
                 * @example 2024-09-19T23:59:59+02:00
                 */
                EndDateEnd?: string;
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
                /**
                 * @description The field to sort by. impact.com says any filter parameter's name can be given here and publishes no closed list, so this is a free string.
                 * @example ProgramId
                 */
                SortBy?: string;
                /**
                 * @description The direction to sort in.
                 * @example ASC
                 */
                SortOrder?: components["schemas"]["SortOrder"];
            };
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
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
    getPromoCode: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code, as `Id` in the promo code object.
                 * @example 3467
                 */
                Id: components["parameters"]["PromoCodeId"];
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
    getPromoCodeExceptionList: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The API version the answer follows. Send it on every request, so that answers keep the shape this description gives whatever version the account defaults to. This project's TypeScript client sends it on every request itself.
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list. Partners learn it from the contract (terms) a brand has given them; no operation lists them.
                 * @example 99999
                 */
                PromoCodeExceptionListId: components["parameters"]["PromoCodeExceptionListId"];
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
    listPromoCodeExceptionListItems: {
        parameters: {
            query?: {
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
                 * @example 16
                 */
                "IR-Version"?: components["parameters"]["IRVersion"];
            };
            path: {
                /**
                 * @description The id of the promo code exception list. Partners learn it from the contract (terms) a brand has given them; no operation lists them.
                 * @example 99999
                 */
                PromoCodeExceptionListId: components["parameters"]["PromoCodeExceptionListId"];
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
}
