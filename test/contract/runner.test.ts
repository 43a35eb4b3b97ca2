// The contract runner against small servers this file starts on 127.0.0.1: a
// broken one that it must catch, a correct fake of one operation that must pass,
// one that never answers, and one that redirects elsewhere.
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { coerceParameter } from "../../runtime/contract/validators.js";
import { encodeRequest, formatReport, mutationsOf, planApi, requestArbitrary, runContract, type OperationResult } from "../../runtime/contract/runner.js";
import { runContractCli } from "../support/contract-cli.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SID = "IRcontract";
const AUTHORIZATION = `Basic ${Buffer.from(`${SID}:contract-token`).toString("base64")}`;
const BRAND = `/Advertisers/${SID}`;

interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

type Handler = (request: Received, response: ServerResponse) => void;

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function startServer(handler: Handler): Promise<{ origin: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry = { method: request.method!, url: request.url!, headers: request.headers, body: Buffer.concat(chunks).toString("utf8") };
    received.push(entry);
    handler(entry, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

const error = (message: string) => ({ Status: "ERROR", Message: message });
const resultOf = (results: OperationResult[], operationId: string) => results.find((result) => result.operationId === operationId)!;
const failedChecks = (result: OperationResult) => Object.entries(result.checks).filter(([, check]) => check.outcome === "failed").map(([name]) => name).sort();

/** Gets promo codes wrong in three ways, ignores auth everywhere, and knows no other route. */
const brokenServer: Handler = (request, response) => {
  const { pathname } = new URL(request.url, "http://x");
  if (request.method === "GET" && pathname.startsWith(`${BRAND}/PromoCodes/`)) return json(response, 200, { Id: "abc" });
  if (request.method === "GET" && pathname === `${BRAND}/PromoCodes`) return json(response, 500, error("boom"));
  return json(response, 404, error("no such route"));
};

/** getPromoCode done right: 401 without the right credentials, 400 for a malformed id, 404 for an unknown one. */
const wirePromoCode = (JSON.parse(readFileSync(path.join(ROOT, "generated/brand/fixtures/wire-responses.json"), "utf8")) as Record<string, Record<string, unknown[]>>).getPromoCode!["200"]![0];
const correctGetPromoCode: Handler = (request, response) => {
  const match = /^\/Advertisers\/IRcontract\/PromoCodes\/([^/?]*)$/.exec(new URL(request.url, "http://x").pathname);
  if (request.method !== "GET" || !match) return json(response, 404, error("no such route"));
  if (request.headers.authorization !== AUTHORIZATION) return json(response, 401, error("Unauthorized"));
  const id = decodeURIComponent(match[1]!);
  if (!/^[1-9][0-9]*$/.test(id) || !Number.isSafeInteger(Number(id))) {
    return json(response, 400, { ...error("Validation Failed"), Errors: [{ Field: "PromoCodeId", Message: "Not a numeric value" }] });
  }
  if (id !== "7777777") return json(response, 404, error("Promo code not found"));
  return json(response, 200, wirePromoCode);
};


describe("against a broken server", () => {
  it("reports each broken check with its smallest failing request", async () => {
    const server = await startServer(brokenServer);
    const report = await runContract({ baseUrl: server.origin, apis: ["brand"], runs: 5, seed: 7 });
    expect(report.ok).toBe(false);
    expect(report.results).toHaveLength(12);

    const get = resultOf(report.results, "getPromoCode");
    expect(failedChecks(get)).toEqual(["ignored_auth", "negative_data_rejection", "response_schema_conformance"]);
    const invalidBody = get.checks.response_schema_conformance.failure!;
    expect(invalidBody.problem).toMatch(/the 200 body does not match the spec/);
    expect(invalidBody.problem).toContain("must have required property 'Code'");
    // The smallest failing request: fast-check shrinks valid ids to 1, the negative check sends 0.
    expect(invalidBody.request).toMatchObject({ method: "GET", url: `${server.origin}${BRAND}/PromoCodes/0`, auth: "valid", irVersion: "14" });
    expect(get.checks.negative_data_rejection.failure!.problem).toMatch(/^path parameter PromoCodeId set to .*was not rejected: status 200/);
    expect(get.checks.ignored_auth.failure!.problem).toMatch(/must get 401, got status 200/);

    const list = resultOf(report.results, "listPromoCodes");
    expect(failedChecks(list)).toContain("not_a_server_error");
    const serverError = list.checks.not_a_server_error.failure!;
    expect(serverError.problem).toMatch(/got status 500/);
    // Every optional query parameter shrunk away.
    expect(serverError.request.url).toBe(`${server.origin}${BRAND}/PromoCodes`);

    const text = formatReport(report);
    expect(text).toMatch(/^brand\s+getPromoCode\s+GET \/PromoCodes\/\{PromoCodeId\}\s+✗ response_schema_conformance, negative_data_rejection, ignored_auth/m);
    expect(text).toMatch(/^brand\s+listPromoCodes\s+GET \/PromoCodes\s+✗/m);
    expect(text).toContain(`curl -X GET '${server.origin}${BRAND}/PromoCodes/0' -H 'Accept: application/json' -H 'IR-Version: 14' -u 'IRcontract':"$IMPACT_AUTH_TOKEN"\n`);
    expect(text).toContain("replay with --seed 7");
  });

  it("sends what the spec documents: Basic auth, JSON accepted, the API's IR-Version, form bodies, repeated array keys", async () => {
    const server = await startServer(brokenServer);
    await runContract({ baseUrl: server.origin, apis: ["brand", "partner"], runs: 5, seed: 3 });
    expect(server.received.every((request) => request.url.startsWith(BRAND) || request.url.startsWith(`/Mediapartners/${SID}/`))).toBe(true);
    expect(server.received.every((request) => request.headers.accept === "application/json")).toBe(true);
    for (const request of server.received) expect(request.headers["ir-version"], request.url).toBe(request.url.startsWith(BRAND) ? "14" : "16");
    const withoutAuth = server.received.filter((request) => request.headers.authorization === undefined);
    expect(withoutAuth).toHaveLength(16); // the one probe without credentials per operation
    const otherAccount = `Basic ${Buffer.from(`${SID}-not-this-account:contract-token`).toString("base64")}`;
    expect(server.received.filter((request) => request.headers.authorization === otherAccount)).toHaveLength(16);
    expect(server.received.filter((request) => request.headers.authorization !== undefined && request.headers.authorization !== otherAccount).every((request) => request.headers.authorization === AUTHORIZATION)).toBe(true);

    // The negative check also sends one without a body; those with one must be form-encoded.
    const creates = server.received.filter((request) => request.method === "POST" && request.url === `${BRAND}/PromoCodes` && request.body !== "");
    expect(creates.length).toBeGreaterThan(0);
    for (const create of creates) expect(create.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(new URLSearchParams(creates[0]!.body).get("Code")).not.toBeNull();
  });
});

describe("encoding", () => {
  it("writes array query parameters as repeated keys that read back as the generated request", () => {
    const plan = planApi("partner", SID).find((candidate) => candidate.operation.operationId === "listPromoCodes")!;
    const requests = fc.sample(requestArbitrary(plan), { numRuns: 100, seed: 11 });
    const withArrays = requests.filter((request) => Array.isArray(request.query.ProgramId) && request.query.ProgramId.length > 1);
    expect(withArrays.length).toBeGreaterThan(0);
    for (const request of requests) {
      const url = new URL(encodeRequest("http://127.0.0.1:1", plan, request).url);
      expect(url.pathname).toBe(`/Mediapartners/${SID}/PromoCodes`);
      const query: Record<string, unknown> = {};
      for (const parameter of plan.operation.parameters.filter((candidate) => candidate.in === "query")) {
        const values = url.searchParams.getAll(parameter.name);
        if (values.length > 0) query[parameter.name] = coerceParameter(plan.document, parameter.schema, values.length === 1 ? values[0]! : values);
      }
      expect(query).toEqual(request.query);
    }
  });
});

describe("generated requests", () => {
  it("are valid, and every operation has confirmed-invalid mutations of them", () => {
    for (const api of ["brand", "partner"]) {
      for (const plan of planApi(api, SID)) {
        const { operationId } = plan.operation;
        const requests = fc.sample(requestArbitrary(plan), { numRuns: 60, seed: 5 });
        for (const request of requests) expect(plan.validators.validateRequest(operationId, request), `${api} ${operationId}`).toEqual([]);
        const invalid = requests.flatMap((request) => mutationsOf(plan, request)).filter((mutation) => plan.validators.validateRequest(operationId, mutation.request).length > 0);
        expect(invalid.length, `${api} ${operationId}`).toBeGreaterThan(0);
      }
    }
  });
});

describe("against a correct fake of getPromoCode", () => {
  it("passes every check that applies to one read, reaching both the 200 and the 404 path", async () => {
    const server = await startServer(correctGetPromoCode);
    const report = await runContract({ baseUrl: server.origin, apis: ["brand"], operations: ["getPromoCode"], runs: 20, seed: 1 });
    const result = resultOf(report.results, "getPromoCode");
    expect(failedChecks(result)).toEqual([]);
    expect(report.ok).toBe(true);
    expect(result.statuses["200"]).toBeGreaterThan(0);
    expect(result.statuses["404"]).toBeGreaterThan(0);
    expect(result.requests).toBe(server.received.length);
    for (const check of ["not_a_server_error", "status_code_conformance", "content_type_conformance", "response_schema_conformance", "negative_data_rejection", "positive_data_acceptance", "ignored_auth"] as const) {
      expect(result.checks[check].outcome, check).toBe("passed");
    }
    expect(formatReport(report)).toMatch(/^brand\s+getPromoCode\s+GET \/PromoCodes\/\{PromoCodeId\}\s+✓ 7 checks passed/m);
  });
});

describe("servers that misbehave at the HTTP level", () => {
  it("reports a server that never answers instead of hanging", async () => {
    const server = await startServer(() => undefined);
    const started = Date.now();
    const report = await runContract({ baseUrl: server.origin, apis: ["brand"], operations: ["getPromoCode", "listPromoCodes"], runs: 5, timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(report.ok).toBe(false);
    // Three requests go unanswered (the list walk, the example read, the first invalid request), then nothing more is sent.
    expect(server.received).toHaveLength(3);
    const [list, get] = [resultOf(report.results, "listPromoCodes"), resultOf(report.results, "getPromoCode")];
    expect(list.checks.not_a_server_error.failure!.problem).toMatch(/no answer within 200 ms$/);
    expect(get.checks.not_a_server_error.failure!.problem).toMatch(/no answer within 200 ms$/);
    expect(get.checks.ignored_auth).toMatchObject({ outcome: "not exercised", note: "not run: the server left the last 3 requests unanswered" });
    expect(report.stopped).toBe("not run: the server left the last 3 requests unanswered");
    expect(formatReport(report)).toContain("stopped early: the server left the last 3 requests unanswered");
  });

  it("stops reading an answer past 16 MiB and counts it as no answer", async () => {
    const server = await startServer((_, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(1 << 20, 32);
      for (let index = 0; index < 17; index += 1) response.write(chunk);
      response.end("{}");
    });
    const report = await runContract({ baseUrl: server.origin, apis: ["partner"], operations: ["getPromoCode"], runs: 1, seed: 2 });
    const result = resultOf(report.results, "getPromoCode");
    expect(failedChecks(result)).toEqual(["not_a_server_error"]);
    expect(result.checks.not_a_server_error.failure!.problem).toBe("the answer is larger than 16 MiB; not read further");
  });

  it("does not follow a redirect away from the base URL", async () => {
    const elsewhere = await startServer((_, response) => json(response, 200, {}));
    const server = await startServer((_, response) => {
      response.writeHead(302, { location: `${elsewhere.origin}/steal` });
      response.end();
    });
    const report = await runContract({ baseUrl: server.origin, apis: ["partner"], operations: ["getPromoCode"], runs: 3, seed: 2 });
    expect(elsewhere.received).toEqual([]);
    expect(resultOf(report.results, "getPromoCode").checks.status_code_conformance.failure!.problem).toMatch(/status 302 is not documented/);
  });
});

describe("the CLI", () => {
  it("prints the report and exits 1 when a check fails", async () => {
    const server = await startServer(brokenServer);
    const { code, stdout } = await runContractCli(["--base-url", server.origin, "--api", "brand", "--runs", "5"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^brand\s+getPromoCode\s+GET \/PromoCodes\/\{PromoCodeId\}\s+✗/m);
    expect(stdout).toContain(`curl -X GET '${server.origin}${BRAND}/PromoCodes`);
  });

  it("exits 0 when every check passes", async () => {
    const server = await startServer(correctGetPromoCode);
    const { code, stdout } = await runContractCli(["--base-url", server.origin, "--api", "brand", "--operation", "getPromoCode", "--runs", "5", "--seed", "9"]);
    expect(code).toBe(0);
    expect(stdout).toContain("1 operation passes");
  });

  it("exits 2 on bad usage", async () => {
    for (const args of [[], ["--base-url", "ftp://x"], ["--base-url", "http://127.0.0.1:1", "--api", "merchant"], ["--base-url", "http://127.0.0.1:1", "--runs", "0"], ["--bogus"]]) {
      const { code, stderr } = await runContractCli(args);
      expect(code, args.join(" ")).toBe(2);
      expect(stderr).toContain("usage: impact-promo-contract");
    }
  });
});
