// Generated from ../../specs/odd-names.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/odd-names.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

export interface paths {
    "/pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Id with spaces */
        get: operations["list all pets"];
        put?: never;
        /** Id that is the reserved word new */
        post: operations["new"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ends a comment *\/ and has a `backtick`. */
                id: string;
            };
            cookie?: never;
        };
        /** Id with dots */
        get: operations["pets.get.v2"];
        /** Id with a leading digit */
        put: operations["2fa-enable"];
        post?: never;
        /** Id that is the reserved word delete */
        delete: operations["delete"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/classes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Id that is the reserved word class */
        get: operations["class"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sizes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Id with non-ASCII letters */
        get: operations["gr\u00F6\u00DFe\u00C4ndern"];
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
        /** @description A schema name with a dot. Closes *\/ a comment and has a `tick`. */
        "Pet.Summary": {
            name: string;
            status?: components["schemas"]["pet-status"];
        };
        /** @enum {string} */
        "pet-status": "available" | "sold-out" | "on hold";
        "odd-props": {
            "first name"?: string;
            "x-rate-limit"?: number;
            "it's \"quoted\""?: string;
            "@type"?: string;
            "back`tick"?: boolean;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    "list all pets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pets, as summaries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Pet.Summary"][];
                };
            };
        };
    };
    new: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["odd-props"];
            };
        };
        responses: {
            /** @description Created *\/ with a `backtick`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "pets.get.v2": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ends a comment *\/ and has a `backtick`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pet's status. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["pet-status"];
                };
            };
        };
    };
    "2fa-enable": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ends a comment *\/ and has a `backtick`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Enabled. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    delete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Ends a comment *\/ and has a `backtick`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    class: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    "gr\u00F6\u00DFe\u00C4ndern": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Nothing. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
