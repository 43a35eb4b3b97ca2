// Types that turn an openapi-typescript operation type into a method's
// parameter and result types, so the generated client states each method as
// `(…init: CallArgs<Op>) => ApiPromise<SuccessBody<Op>>`.

type Parameters<Op> = Op extends { parameters: infer P } ? P : {};
type Present<T> = [Exclude<T, undefined>] extends [never] ? false : true;

/** `path`, `query` and `header` as the operation declares them, required where it requires them. */
type ParameterInit<Op> = {
  [K in keyof Parameters<Op> as K extends "path" | "query" | "header" ? (Present<Parameters<Op>[K]> extends true ? K : never) : never]: Parameters<Op>[K];
};

type BodyOf<R> = R extends { content: infer C } ? C[keyof C] : never;
type BodyInit<Op> = Op extends { requestBody: infer R } ? { body: BodyOf<R> } : Op extends { requestBody?: infer R } ? (Present<R> extends true ? { body?: BodyOf<R> } : {}) : {};

/** What one call takes: its parameters and body, plus per-call headers and an AbortSignal. */
export type OperationInit<Op> = ParameterInit<Op> & BodyInit<Op> & { headers?: Record<string, string>; signal?: AbortSignal };

/**
 * The init argument, optional when nothing in it is required. `{} extends` asks
 * that in one relation; a Pick per key asked it at about twice the type-check
 * cost, paid per operation in every consumer's project.
 */
export type CallArgs<Op> = {} extends OperationInit<Op> ? [init?: OperationInit<Op>] : [init: OperationInit<Op>];

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | 207 | 208 | 226 | "2XX";

/** A response's body: any of its media types' (undefined for a response without content). */
type ContentOf<Response> = Response extends { content: infer C } ? C[keyof C] : undefined;

/**
 * The body of the operation's success responses (undefined where a success has none).
 * ContentOf distributes over the success responses, so no mapped type is built
 * per operation: the same union at a third fewer instantiations.
 */
export type SuccessBody<Op> = Op extends { responses: infer R } ? ContentOf<R[keyof R & SuccessStatus]> : never;

/** The element type of a paged list's array. */
export type PageItem<Op, Key extends string> = SuccessBody<Op> extends infer Page ? (Page extends { [K in Key]: Array<infer Item> } ? Item : never) : never;
