import { beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { bundleAll } from "../support/project.js";
import { operations, parametersOf, resolve, type OperationEntry } from "../support/openapi.js";

// The 16 operations of impact-api-facts.md: the public names of the client's methods.
const EXPECTED = {
  brand: [
    ["get", "/Advertisers/{AccountSID}/PromoCodes", "listPromoCodes"],
    ["post", "/Advertisers/{AccountSID}/PromoCodes", "createPromoCode"],
    ["get", "/Advertisers/{AccountSID}/PromoCodes/{PromoCodeId}", "getPromoCode"],
    ["delete", "/Advertisers/{AccountSID}/PromoCodes/{PromoCodeId}", "expirePromoCode"],
    ["post", "/Advertisers/{AccountSID}/PromoCodeExceptionLists", "createPromoCodeExceptionList"],
    ["get", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}", "getPromoCodeExceptionList"],
    ["put", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}", "updatePromoCodeExceptionList"],
    ["get", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}/Items", "listPromoCodeExceptionListItems"],
    ["post", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}/Items", "createPromoCodeExceptionListItem"],
    ["delete", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}/Items", "deleteAllPromoCodeExceptionListItems"],
    ["get", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}/Items/{ItemId}", "getPromoCodeExceptionListItem"],
    ["delete", "/Advertisers/{AccountSID}/PromoCodeExceptionLists/{ListId}/Items/{ItemId}", "deletePromoCodeExceptionListItem"],
  ],
  partner: [
    ["get", "/Mediapartners/{AccountSID}/PromoCodes", "listPromoCodes"],
    ["get", "/Mediapartners/{AccountSID}/PromoCodes/{Id}", "getPromoCode"],
    ["get", "/Mediapartners/{AccountSID}/PromoCodeExceptionLists/{PromoCodeExceptionListId}", "getPromoCodeExceptionList"],
    ["get", "/Mediapartners/{AccountSID}/PromoCodeExceptionLists/{PromoCodeExceptionListId}/Items", "listPromoCodeExceptionListItems"],
  ],
} as const;

const RATE_LIMIT_HEADERS = {
  brand: ["X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"],
  partner: ["X-RateLimit-Limit-hour", "X-RateLimit-Remaining-hour", "RateLimit-Reset", "Retry-After"],
} as const;

let bundles: Record<string, OpenApiDocument>;
beforeAll(async () => {
  bundles = await bundleAll();
});

describe.each(["brand", "partner"] as const)("%s API", (api) => {
  const document = () => bundles[api]!;
  const each = () => operations(document());

  it("has exactly the documented operations, with their ids", () => {
    const actual = each().map(({ method, fullPath, operation }) => [method, fullPath, operation.operationId]);
    expect(actual.sort()).toEqual([...EXPECTED[api]].map((row) => [...row]).sort());
  });

  it("serves HTTPS from api.impact.com with the account SID as a server variable", () => {
    const [server, ...others] = document().servers as Array<{ url: string; variables: Record<string, unknown> }>;
    expect(others).toEqual([]);
    expect(server!.url).toMatch(/^https:\/\/api\.impact\.com\/(Advertisers|Mediapartners)\/\{AccountSID\}$/);
    expect(Object.keys(server!.variables)).toEqual(["AccountSID"]);
  });

  it("describes every operation: summary, description, one defined tag, basic auth", () => {
    const tags = new Map((document().tags as Array<{ name: string; description: string }>).map((tag) => [tag.name, tag]));
    expect(document().security).toEqual([{ BasicAuth: [] }]);
    expect(resolve(document(), document().components!.securitySchemes!.BasicAuth)).toMatchObject({ type: "http", scheme: "basic" });
    for (const { operation } of each()) {
      expect(operation.summary, operation.operationId).toMatch(/\S/);
      expect(operation.description?.length ?? 0, operation.operationId).toBeGreaterThan(30);
      expect(operation.tags, operation.operationId).toHaveLength(1);
      expect(tags.get(operation.tags[0])?.description, operation.operationId).toMatch(/\S/);
      expect(operation.security, `${operation.operationId} must not opt out of auth`).toBeUndefined();
    }
  });

  it("describes every parameter and gives it an example", () => {
    for (const entry of each()) {
      for (const parameter of parametersOf(document(), entry)) {
        const label = `${entry.operation.operationId} ${parameter.name}`;
        expect(parameter.description, label).toMatch(/\S/);
        expect(parameter.example, label).toBeDefined();
      }
    }
  });

  it("types path ids as integers and bounds paging as documented", () => {
    for (const entry of each()) {
      for (const parameter of parametersOf(document(), entry)) {
        if (parameter.in === "path") expect(parameter.schema.type, parameter.name).toBe("integer");
        if (parameter.name === "PageSize") expect(parameter.schema).toMatchObject({ type: "integer", minimum: 50, maximum: 1000 });
        if (parameter.name === "Page") expect(parameter.schema).toMatchObject({ type: "integer", minimum: 1 });
      }
    }
  });

  it("answers every operation's errors from shared components, 404 exactly where an id is in the path", () => {
    for (const entry of each()) {
      const { operation, path } = entry;
      const statuses = Object.keys(operation.responses).sort();
      const expected = ["200", "400", "401", "403", "429", "5XX", ...(path.includes("{") ? ["404"] : [])].sort();
      expect(statuses, operation.operationId).toEqual(expected);
      for (const status of expected.filter((code) => code !== "200")) {
        const ref = operation.responses[status].$ref as string | undefined;
        expect(ref, `${operation.operationId} ${status} must reference a shared response`).toMatch(/^#\/components\/responses\//);
        const response = resolve(document(), operation.responses[status]);
        expect(response.content["application/json"].schema).toEqual({ $ref: "#/components/schemas/ErrorResponse" });
      }
    }
  });

  it("sends the API's rate-limit headers with a 429", () => {
    for (const { operation } of each()) {
      const response = resolve(document(), operation.responses["429"]);
      expect(Object.keys(response.headers).sort(), operation.operationId).toEqual([...RATE_LIMIT_HEADERS[api]].sort());
    }
  });

  it("gives request and response examples for every operation", () => {
    for (const { operation } of each()) {
      const ok = resolve(document(), operation.responses["200"]).content["application/json"];
      expect(Object.keys(ok.examples ?? {}).length, `${operation.operationId} 200`).toBeGreaterThan(0);
      if (operation.requestBody) {
        const body = resolve(document(), operation.requestBody);
        for (const media of Object.values(body.content) as Array<{ examples?: object }>) {
          expect(Object.keys(media.examples ?? {}).length, `${operation.operationId} body`).toBeGreaterThan(0);
        }
      }
    }
  });

  it("takes every body form-encoded and as JSON, with one schema", () => {
    const withBodies = each().filter((entry: OperationEntry) => entry.operation.requestBody);
    expect(withBodies.length).toBe(api === "brand" ? 4 : 0);
    for (const { operation } of withBodies) {
      const body = resolve(document(), operation.requestBody);
      expect(body.required, operation.operationId).toBe(true);
      expect(Object.keys(body.content).sort()).toEqual(["application/json", "application/x-www-form-urlencoded"]);
      expect(body.content["application/json"].schema).toEqual(body.content["application/x-www-form-urlencoded"].schema);
    }
  });

  it("shares one paging envelope among its list responses", () => {
    const lists = each().filter(({ operation }) => operation.operationId.startsWith("list"));
    expect(lists.length).toBe(2);
    for (const { operation } of lists) {
      const schema = resolve(document(), resolve(document(), operation.responses["200"]).content["application/json"].schema);
      expect(schema.allOf, operation.operationId).toEqual([{ $ref: "#/components/schemas/PageEnvelope" }]);
    }
  });
});

describe("query array encoding", () => {
  it("is written onto every partner array filter from the one root setting", () => {
    const document = bundles.partner!;
    const setting = document["x-query-array-encoding"];
    expect(setting).toEqual({ style: "form", explode: true });
    const arrays = operations(document).flatMap((entry) =>
      parametersOf(document, entry).filter((parameter) => parameter.schema?.type === "array"),
    );
    expect(arrays.map((parameter) => parameter.name).sort()).toEqual(["AdvertiserId", "CreditRule", "DealId", "MatchMode", "ProgramId"]);
    for (const parameter of arrays) expect({ style: parameter.style, explode: parameter.explode }).toEqual(setting);
  });
});
