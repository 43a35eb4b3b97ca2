// One API as the core serves it, read once from its bundled spec (its routes,
// the version header it accepts, its account path, the rate-limit headers it
// sends), and a request's URL routed to the API and operation it names.
import { readWireFormat, type WireFormat } from "../../wire-format.js";
import { operationsOf, type OperationSpec, type RequestInput, type ValidationIssue } from "../operation-spec.js";
import { MockHttpError } from "./http-error.js";

type Json = Record<string, any>;

/** One API the mock serves: its bundled spec and its response fixtures (the seed data). */
export interface MockApi {
  /** `brand` or `partner`: the state each keeps is modelled per API. */
  name: string;
  /** The bundled spec, generated/<api>/openapi.json. */
  document: Json;
  /** Examples by operation and status, generated/<api>/fixtures/responses.json; lists and records found in the 200s seed the state. */
  fixtures: Json;
  /**
   * The request check: `createValidators(document).validateRequest` (ajv at run
   * time, for the HTTP server) or the same rules compiled ahead of time (the
   * MSW entry, see ./precompile.ts), so a browser bundle need not carry ajv.
   */
  validateRequest: (operationId: string, input: RequestInput) => ValidationIssue[];
}

interface Route {
  operation: OperationSpec;
  pattern: RegExp;
  names: string[];
}

export interface Api {
  name: string;
  /** The version header (the spec's `x-api-version`, `IR-Version` by default) and what it must say if sent: `14` for the brand API. */
  version: { header: string; value: string };
  /** `/Advertisers/{AccountSID}`, for messages. */
  base: string;
  /** `/Advertisers/`: a URI in an answer that starts so names an account, which the mock makes the caller's. */
  accountPrefix: string;
  prefix: RegExp;
  document: Json;
  fixtures: Json;
  wire: WireFormat | undefined;
  operations: ReadonlyMap<string, OperationSpec>;
  validateRequest: MockApi["validateRequest"];
  routes: Route[];
  rateHeaders: (limit: number, remaining: number, reset: number) => Record<string, string>;
}

export function prepareApi({ name, document, fixtures, validateRequest }: MockApi): Api {
  const server = new URL((document.servers[0].url as string).replace("{AccountSID}", "SID"));
  const operations = operationsOf(document);
  const routes = [...operations.values()].map((operation) => {
    const names: string[] = [];
    // Exactly the spec's path: `/PromoCodes/7777777/` is no path impact.com documents, so it is a 404 like any other.
    const pattern = new RegExp(`^${operation.path.replace(/\{([^}]+)\}/g, (_match, parameter: string) => (names.push(parameter), "([^/]+)"))}$`);
    return { operation, pattern, names };
  });
  return {
    name,
    version: {
      header: String(document["x-api-version"]?.header ?? "IR-Version"),
      value: String(document["x-api-version"]?.value ?? String(document.info?.version ?? "").replace(/^v/, "")),
    },
    base: server.pathname.replace("SID", "{AccountSID}"),
    accountPrefix: server.pathname.slice(0, server.pathname.indexOf("SID")),
    prefix: new RegExp(`^${server.pathname.replace("SID", "([^/]+)")}(/.*)$`),
    document,
    fixtures,
    wire: readWireFormat(document),
    operations,
    validateRequest,
    routes,
    rateHeaders:
      name === "brand"
        ? (limit, remaining, reset) => ({ "X-RateLimit-Limit": String(limit), "X-RateLimit-Remaining": String(remaining), "X-RateLimit-Reset": String(reset) })
        : (limit, remaining, reset) => ({
            "X-RateLimit-Limit-hour": String(limit),
            "X-RateLimit-Remaining-hour": String(remaining),
            "RateLimit-Reset": String(reset),
            "Retry-After": String(reset),
          }),
  };
}

/** The API whose account path `pathname` starts with, the account SID as the path spells it (still percent-encoded), and the path below it; 404 when none. */
export function findApi(apis: readonly Api[], pathname: string): { api: Api; sid: string; rest: string } {
  let sid = "";
  let rest = "";
  const api = apis.find((candidate) => {
    const match = candidate.prefix.exec(pathname);
    if (match) [, sid = "", rest = ""] = match;
    return match !== null;
  });
  if (!api) throw new MockHttpError(404, `No API at ${pathname}: paths start with ${apis.map((entry) => entry.base).join(" or ")}`);
  return { api, sid, rest };
}

/** The operation `method` names at `rest` (the path below the account), with its path parameters as sent; 404 for no such path, 405 for a method the path lacks. */
export function findRoute(api: Api, method: string, rest: string, pathname: string): { operation: OperationSpec; pathValues: Record<string, string> } {
  const candidates = api.routes.map((route) => ({ route, match: route.pattern.exec(rest) })).filter((entry) => entry.match);
  if (candidates.length === 0) throw new MockHttpError(404, `No resource at ${pathname}`);
  const found = candidates.find((entry) => entry.route.operation.method === method);
  if (!found) throw new MockHttpError(405, `${method} is not allowed on ${pathname}`, [], { Allow: candidates.map((entry) => entry.route.operation.method).join(", ") });
  const pathValues = Object.fromEntries(found.route.names.map((name, index) => [name, found.match![index + 1]!]));
  return { operation: found.route.operation, pathValues };
}
