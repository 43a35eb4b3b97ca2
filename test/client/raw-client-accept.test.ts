// The plain openapi-fetch client (`generated/<api>/client.ts`, `createClient`)
// asks for JSON on every request when every answer its spec documents is JSON:
// impact.com answers XML to a request that does not, and the client's types
// describe the JSON. A spec that documents other formats keeps fetch's default.
// The template is rendered here, not read from generated/, so the test follows
// the generator and not the last regeneration.
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOnlyJson } from "../../generator/emit-client.js";
import type { ApiModel } from "../../generator/model.js";
import { renderedCreateClient } from "./rendered-client.js";

type CreateClient = (options: Record<string, unknown>) => { getThing: (init: Record<string, unknown>) => Promise<{ data?: unknown; response: Response }> };

function model(mediaType: string): ApiModel {
  return {
    title: "Accept test API",
    version: "1",
    operations: [{ name: "getThing", path: "/things", method: "get", summary: "Things", responses: [{ status: "200", description: "", content: [{ mediaType, schema: {}, examples: [] }] }] }],
  } as unknown as ApiModel;
}

let folder: string;
let server: Server;
let origin: string;
const seen: IncomingHttpHeaders[] = [];
beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "raw-client-accept-"));
  server = createServer((request, response) => {
    seen.push(request.headers);
    response.setHeader("content-type", "application/json");
    response.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(folder, { recursive: true, force: true });
});

const load = (name: string, api: ApiModel) => renderedCreateClient<CreateClient>(api, folder, name);

describe("the plain client's Accept", () => {
  it("is application/json on every request of a JSON-only API, whatever the caller's options say", async () => {
    const createClient = await load("json", model("application/json"));
    seen.length = 0;
    await createClient({ baseUrl: origin }).getThing({});
    await createClient({ baseUrl: origin, headers: { Accept: "application/xml" } }).getThing({});
    await createClient({ baseUrl: origin }).getThing({ headers: { accept: "*/*" } });
    expect(seen.map((headers) => headers.accept)).toEqual(["application/json", "application/json", "application/json"]);
  });

  it("is left to fetch where the spec documents other formats too", async () => {
    const createClient = await load("csv", model("text/csv"));
    seen.length = 0;
    await createClient({ baseUrl: origin }).getThing({ parseAs: "text" });
    expect(seen[0]!.accept).not.toBe("application/json");
  });

  it("is JSON only when every documented answer is JSON (any +json type counts)", () => {
    expect(answersOnlyJson(model("application/json"))).toBe(true);
    expect(answersOnlyJson(model("application/problem+json; charset=utf-8"))).toBe(true);
    expect(answersOnlyJson(model("application/xml"))).toBe(false);
    expect(answersOnlyJson(model("application/jsonx"))).toBe(false);
    expect(answersOnlyJson({ ...model("application/json"), operations: [] } as ApiModel)).toBe(false);
  });
});
