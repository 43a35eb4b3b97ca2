// Prism's validating proxy (@stoplight/prism-cli, nobody here wrote it) between
// the contract runner and the mock, reading the published spec: every answer the
// mock gives, as impact.com would, must be one the spec allows. Issue 21 counted
// 755 response violations on the spec as published before (the clean view).
//
// Prism routes on the request's whole path and ignores the path of the server
// URL (`/Advertisers/{AccountSID}`), so it reads a copy of the spec whose paths
// carry that prefix (the account SID a path parameter); nothing else changes.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runContract } from "../../runtime/contract/runner.js";
import { startMockServer, type MockServer } from "../../runtime/contract/mock.js";
import { createBrandClient } from "../../generated/brand/index.js";
import { createPartnerClient } from "../../generated/partner/index.js";
import { outsideBin } from "./install.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const READY_TIMEOUT_MS = 90_000;
type Json = Record<string, any>;

/** The spec with its server URL's path moved onto every path, for Prism's router. */
export function withServerPathOnPaths(document: Json): Json {
  const server = new URL(String(document.servers[0].url).replace(/\{([^}]+)\}/g, "_$1_"));
  const prefix = decodeURIComponent(server.pathname).replace(/_([A-Za-z]+)_/g, "{$1}").replace(/\/$/, "");
  const variables = Object.keys(document.servers[0].variables ?? {});
  const paths: Json = {};
  for (const [route, item] of Object.entries(document.paths as Json)) {
    const parameters = variables.map((name) => ({ name, in: "path", required: true, schema: { type: "string" } }));
    paths[`${prefix}${route}`] = { ...item, parameters: [...parameters, ...(item.parameters ?? [])] };
  }
  const { servers: _servers, ...rest } = document;
  return { ...rest, paths };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

interface Prism {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

async function startPrism(spec: string, upstream: string): Promise<Prism> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [outsideBin("@stoplight/prism-cli", "prism"), "proxy", spec, upstream, "--port", String(port), "--host", "127.0.0.1", "--errors=false"], {
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let text = "";
  child.stdout!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (text += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within ${READY_TIMEOUT_MS / 1000} s:\n${text.slice(-2000)}`)), READY_TIMEOUT_MS);
    const check = () => {
      if (/Prism is listening/.test(text)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before listening:\n${text.slice(-2000)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => text.replace(/\x1b\[[0-9;]*m/g, ""),
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}

/** Prism's violations in its log, by direction: `response` lines are the spec refusing what the mock answered. */
export function violations(log: string, direction: "request" | "response"): string[] {
  return log.split("\n").filter((line) => new RegExp(`Violation: ${direction}\\b`).test(line));
}

let mock: MockServer;
let work: string;
beforeAll(async () => {
  outsideBin("@stoplight/prism-cli", "prism");
  mock = await startMockServer();
  work = await mkdtemp(path.join(tmpdir(), "prism-"));
}, 300_000);
afterAll(async () => {
  await mock?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe("Prism's validating proxy in front of the mock, driven by the contract runner", () => {
  it.each(["brand", "partner"] as const)("finds no answer of the %s mock that the published spec refuses", async (api) => {
    const spec = path.join(work, `${api}.json`);
    await writeFile(spec, JSON.stringify(withServerPathOnPaths(JSON.parse(await readFile(path.join(ROOT, "generated", api, "openapi.json"), "utf8")))));
    const prism = await startPrism(spec, mock.url);
    try {
      const report = await runContract({ baseUrl: prism.url, apis: [api], runs: 3, seed: 21 });
      const log = prism.output();
      const received = log.split("\n").filter((line) => /Request received/.test(line)).length;
      expect(received, "the runner's requests went through Prism").toBeGreaterThan(20);
      expect(violations(log, "response")).toEqual([]);
      expect(report.ok).toBe(true);
    } finally {
      await prism.stop();
    }
  }, 300_000);

  // The runner sends invalid requests on purpose, which Prism rightly flags; our
  // client sending every request fixture (the spec's own examples) must not be.
  it.each(["brand", "partner"] as const)("finds no request of our %s client, nor its answer, that the published spec refuses", async (api) => {
    const spec = path.join(work, `${api}-client.json`);
    await writeFile(spec, JSON.stringify(withServerPathOnPaths(JSON.parse(await readFile(path.join(ROOT, "generated", api, "openapi.json"), "utf8")))));
    const prism = await startPrism(spec, mock.url);
    try {
      const options = { accountSid: "IRprism", authToken: "prism-token", baseUrl: prism.url, maxRetries: 0 };
      const client = (api === "brand" ? createBrandClient(options) : createPartnerClient(options)) as unknown as Record<string, (init: unknown) => Promise<unknown>>;
      const fixtures = JSON.parse(await readFile(path.join(ROOT, "generated", api, "fixtures", "requests.json"), "utf8")) as Record<string, Array<Record<string, unknown>>>;
      let sent = 0;
      for (const [operation, requests] of Object.entries(fixtures)) {
        for (const { path: pathParameters, query, body } of requests) {
          sent += 1;
          // A 404 for an example id is an answer like any other: Prism judges it too.
          await client[operation]!({ path: pathParameters, query, body }).catch(() => undefined);
        }
      }
      const log = prism.output();
      expect(log.split("\n").filter((line) => /Request received/.test(line)).length).toBe(sent);
      expect(violations(log, "request")).toEqual([]);
      expect(violations(log, "response")).toEqual([]);
    } finally {
      await prism.stop();
    }
  }, 300_000);
});
