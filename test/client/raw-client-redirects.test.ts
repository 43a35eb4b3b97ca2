// The plain openapi-fetch client the generator emits (`generated/<api>/client.ts`,
// `createClient`) does not follow redirects either: its template asks fetch for
// `redirect: "manual"`, so a 3xx is the call's error and the target gets nothing.
// The template is rendered here, not read from generated/, so the test follows the
// generator and not the last regeneration.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ApiModel } from "../../generator/model.js";
import { renderedCreateClient } from "./rendered-client.js";
import { startWireServer, type WireServer } from "./wire-server.js";

type Call = (init: Record<string, unknown>) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
type CreateClient = (options: Record<string, unknown>) => { getThing: Call; createThing: Call };

const model = {
  title: "Redirect test API",
  version: "1",
  operations: [
    { name: "getThing", path: "/things/{id}", method: "get", summary: "One thing", responses: [] },
    { name: "createThing", path: "/things", method: "post", summary: "A new thing", responses: [] },
  ],
} as unknown as ApiModel;

let folder: string;
let createClient: CreateClient;
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "raw-client-"));
  createClient = await renderedCreateClient<CreateClient>(model, folder, "client");
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

let api: WireServer;
let target: { origin: string; received: string[]; server: Server };
beforeEach(async () => {
  api = await startWireServer();
  const received: string[] = [];
  const server = createServer((request, response) => {
    received.push(`${request.method} ${request.url}`);
    response.writeHead(200, { "content-type": "application/json" });
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  target = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
});
afterEach(async () => {
  target.server.closeAllConnections();
  await Promise.all([api.close(), new Promise<void>((resolve) => target.server.close(() => resolve()))]);
});

describe("the emitted openapi-fetch client", () => {
  it.each([
    ["GET", 302, (client: ReturnType<CreateClient>) => client.getThing({ params: { path: { id: 1 } } }), "/things/1"],
    ["POST", 307, (client: ReturnType<CreateClient>) => client.createThing({ body: { name: "x" } }), "/things"],
    ["POST", 301, (client: ReturnType<CreateClient>) => client.createThing({ body: { name: "x" } }), "/things"],
  ] as const)("%s answered %i: the redirect is the call's error, and the target receives nothing", async (method, status, send, where) => {
    api.on(method, where, () => ({ status, headers: { Location: `${target.origin}/collect` }, raw: JSON.stringify({ moved: true }) }));
    const client = createClient({ baseUrl: api.origin, headers: { Authorization: "Basic c2VjcmV0" } });
    const result = await send(client);
    expect(result.response.status).toBe(status);
    expect(result.data).toBeUndefined();
    expect(result.error).toEqual({ moved: true });
    expect(target.received).toEqual([]);
  });
});
