// Generated from ../../specs/formats-and-bounds.yaml by impact-promo-api@x.y.z's generator, run with `--spec ../../specs/formats-and-bounds.yaml --out . --runtime-import ../../../../runtime/client/index.js` (paths relative to this folder). Do not edit: change the spec and run it again.

export interface paths {
    "/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a record */
        post: operations["createRecord"];
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
        Record: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date */
            birthday?: string;
            /** Format: email */
            email?: string;
            /** Format: uri */
            homepage?: string;
            /** Format: ipv4 */
            ip?: string;
            /** Format: int32 */
            count?: number;
            /** Format: int64 */
            bigCount?: number;
            /** Format: float */
            ratio?: number;
            /** Format: double */
            amount?: number;
            /** Format: byte */
            blob?: string;
            code: string;
            nickname?: string;
            /** @enum {integer} */
            priority?: 1 | 2 | 3;
            /** @constant */
            kind: "record";
            note?: string | null;
            tags?: string[];
            attributes?: {
                [key: string]: number;
            };
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
    createRecord: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Record"];
            };
        };
        responses: {
            /** @description The record. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Record"];
                };
            };
        };
    };
}
