// generated/<api>/msw.ts: the API's Mock Service Worker handlers, a thin typed
// entry over the runtime's mock (runtime/contract/mock/msw.ts) that hands it
// this API's bundled spec and fixtures as data, so a browser bundle needs no
// file system. Typed by the API's `operations`, so overrides name real
// operations and documented statuses.
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import standaloneModule from "ajv/dist/standalone/index.js";
import { requestValidatorsSource } from "../runtime/contract/mock/precompile.js";
import { operationsOf } from "../runtime/contract/validators.js";
import type { OpenApiDocument } from "./bundle.js";
import { clientName } from "./generated-names.js";
import type { OutputFile } from "./write.js";

// Both ship CommonJS; under ESM the function may sit on `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: unknown) => unknown;
const standaloneCode = ((standaloneModule as unknown as { default?: unknown }).default ?? standaloneModule) as (ajv: unknown, refs: Record<string, string>) => string;

/** `runtimeImport`: the client runtime's module specifier; the mock's MSW adapter sits beside it, in runtime/contract/mock/. */
export function emitMsw(document: OpenApiDocument, apiName: string, runtimeImport: string, header: string): OutputFile[] {
  const mockImport = path.posix.join(path.posix.dirname(runtimeImport), "../contract/mock/msw.js").replace(/^(?![./])/, "./");
  const name = `create${clientName(apiName)}MockHandlers`;
  const contents = `${header}
import { createMockHandlers, type MockHandlerOptions, type MockHandlers } from "${mockImport}";
import { responses } from "./fixtures.js";
import document from "./openapi.clean.json" with { type: "json" };
import { requestValidators } from "./request-validators.js";
import type { operations } from "./schema.js";

export type { MockHandlerOptions, MockHandlers, OperationOverride } from "${mockImport}";

/**
 * Mock Service Worker handlers that answer like impact.com's ${apiName} API, on
 * \`https://api.impact.com\` unless \`origin\` says otherwise: stateful, validating,
 * in wire form. Pass \`handlers\` to \`setupServer\` or \`setupWorker\`, call
 * \`reset()\` after each test, and \`override(operationId, status)\` to test error paths.
 */
export function ${name}(options: MockHandlerOptions = {}): MockHandlers<operations> {
  return createMockHandlers<operations>({ name: ${JSON.stringify(apiName)}, document, fixtures: responses, requestValidators }, options);
}
`;
  const validators = requestValidatorsSource(document, operationsOf(document), { Ajv: Ajv2020, standaloneCode, addFormats });
  return [
    { path: "msw.ts", contents },
    {
      path: "request-validators.ts",
      contents: `${header}// ajv's standalone code for this API's parameter and body schemas (runtime/contract/mock/precompile.ts), so the MSW entry need not bundle ajv.\n// @ts-nocheck\n${validators}`,
    },
  ];
}
