// Benchmark of the contract kit: how fast the validators check a realistic
// response, and how many requests a second the mock serves.
//
// Validator throughput: one 100-item page of brand promo codes in the wire form
// (the fixture's promo codes, repeated), validated in wire mode and in strict
// mode (on its clean twin), responses per second.
// Mock throughput: GET requests (a promo code, and a page of the list) from 50
// concurrent keep-alive connections, requests per second. The reference is
// Node's own bare HTTP server answering a fixed body on the same machine, so
// the ratio is what the mock's routing, validation and wire form cost.
import { readFile } from "node:fs/promises";
import { Agent, createServer, get } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { startMockServer } from "../runtime/contract/mock.js";
import { createValidators } from "../runtime/contract/validators.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const read = async (file: string) => JSON.parse(await readFile(path.join(ROOT, file), "utf8")) as Record<string, any>;

const document = await read("generated/brand/openapi.json");
const wire = await read("generated/brand/fixtures/wire-responses.json");
const clean = await read("generated/brand/fixtures/responses.json");
const validators = createValidators(document);

function listPage(source: Record<string, any>, item: unknown): unknown {
  const first = source.listPromoCodes["200"][0];
  return { ...first, "@pagesize": first["@pagesize"], PromoCodes: Array.from({ length: 100 }, () => item) };
}
const wirePage = listPage(wire, wire.getPromoCode["200"][0]);
const cleanPage = listPage(clean, clean.getPromoCode["200"][0]);

function perSecond(validate: () => unknown[], seconds = 2): number {
  if (validate().length) throw new Error("the benchmark page must be valid");
  let count = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    validate();
    count += 1;
  }
  return count / seconds;
}

console.log("Validator throughput: a 100-item list page of brand promo codes");
console.log(`  wire mode:   ${perSecond(() => validators.validateResponse("listPromoCodes", 200, wirePage, { mode: "wire" })).toFixed(0).padStart(7)} pages/s`);
console.log(`  strict mode: ${perSecond(() => validators.validateResponse("listPromoCodes", 200, cleanPage, { mode: "strict" })).toFixed(0).padStart(7)} pages/s`);

/** One GET over a keep-alive agent; resolves with the status once the body is read. */
function getStatus(url: string, agent: Agent, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { agent, headers }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });
}

async function requestsPerSecond(origin: string, paths: string[], seconds = 4, concurrency = 50): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const headers = { Authorization: `Basic ${Buffer.from("IRbench:token").toString("base64")}`, Accept: "application/json" };
  let count = 0;
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let index = worker; performance.now() < until; index += concurrency) {
        if ((await getStatus(`${origin}${paths[index % paths.length]}`, agent, headers)) !== 200) failures += 1;
        count += 1;
      }
    }),
  );
  agent.destroy();
  if (failures) throw new Error(`${failures} requests failed`);
  return count / seconds;
}

const mock = await startMockServer();
const body = JSON.stringify(wire.getPromoCode["200"][0]);
const bare = createServer((_request, response) => response.writeHead(200, { "content-type": "application/json" }).end(body));
await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
const bareOrigin = `http://127.0.0.1:${(bare.address() as AddressInfo).port}`;
const paths = ["/Advertisers/IRbench/PromoCodes/7777777", "/Advertisers/IRbench/PromoCodes?PageSize=50"];
await requestsPerSecond(mock.url, paths, 1); // warm-up
const mockRate = await requestsPerSecond(mock.url, paths);
const bareRate = await requestsPerSecond(bareOrigin, ["/"]);
await mock.close();
bare.closeAllConnections();
bare.close();
console.log(`\nMock throughput: GET a promo code and a list page, 50 concurrent connections, client in the same process (Node ${process.version})`);
console.log(`  mock:                  ${mockRate.toFixed(0).padStart(6)} requests/s`);
console.log(`  bare node:http server: ${bareRate.toFixed(0).padStart(6)} requests/s  (the mock serves ${(mockRate / bareRate).toFixed(2)}× of it)`);
