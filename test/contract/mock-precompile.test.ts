// The MSW entry validates requests with ajv's standalone code compiled at
// generation time (runtime/contract/mock/precompile.ts) instead of ajv at run
// time. It must say exactly what createValidators says: same issues, pointers,
// rules and messages, for every request fixture and for each one broken in the
// usual ways.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requestValidators as brandCompiled } from "../../generated/brand/request-validators.js";
import { requestValidators as partnerCompiled } from "../../generated/partner/request-validators.js";
import { precompiledRequestValidator, type CompiledValidator } from "../../runtime/contract/mock/precompile.js";
import { createValidators, type RequestInput } from "../../runtime/contract/validators.js";
import { PROJECT_ROOT } from "../support/project.js";

type Json = Record<string, any>;

/** The fixture itself, then each field (path, query, body) missing, of the wrong type, too long, or joined by a stranger. */
function variants(request: RequestInput): RequestInput[] {
  const { body: _body, ...bodiless } = request;
  const out: RequestInput[] = [request, bodiless, { ...request, body: "text" }, { ...request, body: { ...(request.body as Json), Unknown: 1 } }];
  for (const place of ["path", "query", "body"] as const) {
    const fields = request[place] as Json | undefined;
    if (!fields || typeof fields !== "object") continue;
    for (const name of Object.keys(fields)) {
      const without = { ...fields };
      delete without[name];
      for (const replaced of [without, { ...fields, [name]: null }, { ...fields, [name]: "x".repeat(5000) }, { ...fields, [name]: -1 }, { ...fields, [name]: [1, "a"] }, { ...fields, [name]: "not-a-date" }]) {
        out.push({ ...request, [place]: replaced });
      }
    }
  }
  return out;
}

describe.each([
  ["brand", brandCompiled],
  ["partner", partnerCompiled],
] as const)("the %s API's precompiled request validators", (api, compiled) => {
  it("give the same issues as createValidators, fixture by fixture and break by break", async () => {
    const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated", api, "openapi.clean.json"), "utf8")) as Json;
    const requests = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated", api, "fixtures/requests.json"), "utf8")) as Record<string, RequestInput[]>;
    const reference = createValidators(document);
    const precompiled = precompiledRequestValidator(reference.operations, compiled as Record<string, CompiledValidator>);
    let compared = 0;
    let invalid = 0;
    for (const [operationId, fixtures] of Object.entries(requests)) {
      for (const fixture of fixtures.length ? fixtures : [{}]) {
        for (const input of variants({ ...(fixture.path && { path: fixture.path }), ...(fixture.query && { query: fixture.query }), ...(fixture.body !== undefined && { body: fixture.body }) })) {
          const want = reference.validateRequest(operationId, input);
          expect(precompiled(operationId, input), `${operationId} ${JSON.stringify(input).slice(0, 200)}`).toEqual(want);
          compared += 1;
          if (want.length) invalid += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(100);
    expect(invalid, "most variants are invalid, so the messages are compared too").toBeGreaterThan(compared / 2);
  });
});
