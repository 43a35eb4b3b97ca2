// generated/<api>/msw.ts: the API's Mock Service Worker handlers, a thin typed
// entry over the runtime's mock (runtime/contract/mock/msw.ts) that hands it
// this API's bundled spec and fixtures as data, so a browser bundle needs no
// file system. Typed by the API's `operations`, so overrides name real
// operations and documented statuses.
import path from "node:path";
import { clientName } from "./emit-sdk.js";
import type { OutputFile } from "./write.js";

/** `runtimeImport`: the client runtime's module specifier; the mock's MSW adapter sits beside it, in runtime/contract/mock/. */
export function emitMsw(apiName: string, runtimeImport: string, header: string): OutputFile {
  const mockImport = path.posix.join(path.posix.dirname(runtimeImport), "../contract/mock/msw.js").replace(/^(?![./])/, "./");
  const name = `create${clientName(apiName)}MockHandlers`;
  const contents = `${header}
import { createMockHandlers, type MockHandlerOptions, type MockHandlers } from "${mockImport}";
import { responses } from "./fixtures.js";
import document from "./openapi.json" with { type: "json" };
import type { operations } from "./schema.js";

export type { MockHandlerOptions, MockHandlers, OperationOverride } from "${mockImport}";

/**
 * Mock Service Worker handlers that answer like impact.com's ${apiName} API, on
 * \`https://api.impact.com\` unless \`origin\` says otherwise: stateful, validating,
 * in wire form. Pass \`handlers\` to \`setupServer\` or \`setupWorker\`, call
 * \`reset()\` after each test, and \`override(operationId, status)\` to test error paths.
 */
export function ${name}(options: MockHandlerOptions = {}): MockHandlers<operations> {
  return createMockHandlers<operations>({ name: ${JSON.stringify(apiName)}, document, fixtures: responses }, options);
}
`;
  return { path: "msw.ts", contents };
}
