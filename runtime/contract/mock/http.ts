// The mock as an HTTP server (`npm run mock`, `startMockServer()`): Node's http
// in front of the shared core (./core.ts). What is Node's alone lives here:
// reading the spec and fixtures from disk, the request target, the body as a
// stream the core reads, draining what it leaves unread, and requests Node's
// parser refuses.
import { readFileSync } from "node:fs";
import { createServer, STATUS_CODES, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createValidators } from "../validators.js";
import { answerFormat, createMockCore, errorAnswer, MockHttpError, type MockApi, type MockBehaviour, type MockOverride, type MockRequest } from "./core.js";

type Json = Record<string, any>;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface MockOptions extends MockBehaviour {
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /**
   * How much of an oversized or refused body is read and thrown away before the
   * answer, so a client still sending sees the 413 rather than a reset. Past it
   * the mock answers and closes the connection. Default 16 MiB.
   */
  maxDrainBytes?: number;
  /** Where the bundled specs and fixtures are (generated/ of this repository by default). */
  generatedDir?: string;
  /** Seed data per API, shaped like generated/<api>/fixtures/responses.json; the generated fixtures by default. */
  fixtures?: { brand?: Json; partner?: Json };
}

export interface MockServer {
  url: string;
  port: number;
  /** Requests answered so far. */
  readonly requestCount: number;
  /** Back to the seeded state, counters and overrides cleared. */
  reset(): void;
  /** Until the next reset, one operation of one API answers as `answer` says (see `MockOverride`). */
  override(api: "brand" | "partner", operationId: string, answer: MockOverride): void;
  close(): Promise<void>;
}

function loadJson(file: string): Json {
  return JSON.parse(readFileSync(file, "utf8")) as Json;
}

/** The request target as a URL: origin-form (`/path?query`) or absolute-form; anything else is malformed. */
function requestUrl(target: string): URL {
  try {
    if (target.startsWith("/")) return new URL(`http://mock${target}`);
    if (/^https?:\/\//i.test(target)) return new URL(target);
  } catch {
    // falls through to the 400 below
  }
  throw new MockHttpError(400, `Malformed request target "${target.slice(0, 100)}": send a path such as /Advertisers/{AccountSID}/PromoCodes`);
}

/**
 * The body as a stream the core pulls from. Cancelling it only lets go: the
 * adapter drains the rest itself, since destroying the request would reset the
 * connection before the client reads the answer.
 */
function bodyStream(request: IncomingMessage): { stream: ReadableStream<Uint8Array> | null; release: () => void } {
  const hasBody = request.headers["transfer-encoding"] !== undefined || Number(request.headers["content-length"] ?? 0) > 0;
  if (!hasBody) return { stream: null, release: () => {} };
  let release = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const onData = (chunk: Buffer) => {
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) request.pause();
      };
      const onEnd = () => {
        release();
        controller.close();
      };
      const onAbort = () => {
        release();
        controller.error(new MockHttpError(400, "The request body ended early"));
      };
      release = () => {
        request.off("data", onData).off("end", onEnd).off("aborted", onAbort).off("error", onAbort);
        request.pause();
      };
      request.on("data", onData).on("end", onEnd).on("aborted", onAbort).on("error", onAbort);
      request.pause();
    },
    pull() {
      request.resume();
    },
    cancel() {
      release();
    },
  });
  return { stream, release: () => release() };
}

/** Reads and throws away the rest of a body; false when more than `limit` bytes were left. */
function discard(request: IncomingMessage, limit: number): Promise<boolean> {
  if (request.complete || request.readableEnded) return Promise.resolve(true);
  return new Promise<boolean>((resolve) => {
    let seen = 0;
    const finish = (drained: boolean) => {
      request.off("data", onData).off("end", onEnd).off("close", onClose).off("error", onClose);
      request.pause();
      resolve(drained);
    };
    const onData = (chunk: Buffer) => {
      seen += chunk.length;
      if (seen > limit) finish(false);
    };
    const onEnd = () => finish(true);
    const onClose = () => finish(false);
    request.on("data", onData).on("end", onEnd).on("close", onClose).on("error", onClose);
    request.resume();
  });
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue;
    for (const entry of Array.isArray(value) ? value : [value]) headers.append(name, entry);
  }
  return headers;
}

/** Both APIs of this repository's generated/ folder (or `generatedDir`), with their seed data. */
export function loadMockApis(generatedDir: string, fixtures: MockOptions["fixtures"] = {}): MockApi[] {
  return (["brand", "partner"] as const).map((name) => {
    const document = loadJson(path.join(generatedDir, name, "openapi.clean.json")); // the clean view: the mock renders its wire form itself
    return { name, document, fixtures: fixtures[name] ?? loadJson(path.join(generatedDir, name, "fixtures/responses.json")), validateRequest: createValidators(document).validateRequest };
  });
}

export async function startMockServer(options: MockOptions = {}): Promise<MockServer> {
  const core = createMockCore(loadMockApis(options.generatedDir ?? path.join(ROOT, "generated"), options.fixtures), options);
  const maxDrainBytes = options.maxDrainBytes ?? 16 << 20;
  if (!(Number.isSafeInteger(maxDrainBytes) && maxDrainBytes >= 0)) throw new TypeError(`mock option maxDrainBytes must be a whole number of bytes, 0 or more; got ${JSON.stringify(options.maxDrainBytes)}`);

  const server: Server = createServer((request, response) => {
    void (async () => {
      const body = bodyStream(request);
      let answer;
      try {
        const url = requestUrl(request.url ?? "/");
        const input: MockRequest = { method: request.method ?? "GET", url: url.href, headers: headersOf(request), body: body.stream };
        answer = await core.handle(input);
      } catch (error) {
        answer = errorAnswer(error instanceof MockHttpError ? error : new MockHttpError(500, `Mock failure: ${(error as Error).message}`), answerFormat(headersOf(request)));
      }
      // Drain what the client is still sending (bounded), so it reads the answer rather than a reset.
      body.release();
      const drained = await discard(request, maxDrainBytes);
      const headers: Record<string, string | number> = { ...answer.headers, "content-length": Buffer.byteLength(answer.body) };
      if (!drained) headers.connection = "close";
      response.writeHead(answer.status, headers);
      response.end(answer.body);
      if (!drained) response.once("finish", () => request.socket.destroy());
    })().catch(() => response.destroy());
  });
  // A request Node's parser refuses (a bad request line, a bad header) gets impact.com's error body too, not a bare close;
  // as JSON, since its Accept header may be the very thing that could not be parsed.
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || error.code === "ECONNRESET") return void socket.destroy();
    const status = error.code === "HPE_HEADER_OVERFLOW" ? 431 : error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : 400;
    const text = JSON.stringify({ Status: "ERROR", Message: `Malformed HTTP request: ${error.code ?? "unparseable"} (${(error as { reason?: string }).reason ?? error.message})` });
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, options.host ?? "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? "127.0.0.1"}:${port}`,
    port,
    get requestCount() {
      return core.requestCount;
    },
    reset: () => core.reset(),
    override: (api, operationId, answer) => core.override(api, operationId, answer),
    close() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
