// Servers with one realistic defect each: the mock behind a proxy that breaks
// one rule. `want` is every check the runner must fail (operationId:check) and
// nothing else: one defect, one check. Used by runner-checks.test.ts and by
// bench/contract-defects.ts, which counts how many seeds catch each.
import { json, type Defect } from "./runner-proxy.js";

export interface DefectServer {
  check: string;
  name: string;
  make(): Defect;
  want: string[];
}

const BRAND = "/Advertisers/IRcontract";
const isGetCode = (method: string, pathname: string) => method === "GET" && /^\/Advertisers\/IRcontract\/PromoCodes\/[^/]+$/.test(pathname);
const isCodeList = (method: string, pathname: string) => method === "GET" && pathname === `${BRAND}/PromoCodes`;

/** Answers the first read of a promo code with 429 and these headers, then lets everything through. */
export function rateLimitOnce(reset: string): Defect {
  let sent = false;
  return {
    before: (request) => {
      if (sent || !isGetCode(request.method, request.pathname)) return undefined;
      sent = true;
      return json(429, { Status: "ERROR", Message: "Rate limit exceeded" }, { "X-RateLimit-Limit": "1000", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": reset });
    },
  };
}

export const DEFECTS: DefectServer[] = [
  {
    check: "not_a_server_error",
    name: "crashes on a page size over 500",
    make: () => ({
      before: (request) => (isCodeList(request.method, request.pathname) && Number(new URL(request.url, "http://x").searchParams.get("PageSize")) > 500 ? json(500, { Status: "ERROR", Message: "page too large" }) : undefined),
    }),
    want: ["listPromoCodes:not_a_server_error"],
  },
  {
    check: "status_code_conformance",
    name: "answers creates 201, which the spec does not document",
    make: () => ({ after: (request, answer) => (request.method === "POST" && answer.status === 200 ? { ...answer, status: 201 } : undefined) }),
    want: ["createPromoCode:status_code_conformance", "createPromoCodeExceptionList:status_code_conformance", "createPromoCodeExceptionListItem:status_code_conformance"],
  },
  {
    check: "content_type_conformance",
    name: "labels a correct JSON promo code text/html",
    make: () => ({ after: (request, answer) => (isGetCode(request.method, request.pathname) ? { ...answer, headers: { ...answer.headers, "content-type": "text/html" } } : undefined) }),
    want: ["getPromoCode:content_type_conformance"],
  },
  {
    check: "response_headers_conformance",
    name: "sends a 429 whose X-RateLimit-Reset is not a number of seconds",
    make: () => rateLimitOnce("soon"),
    want: ["getPromoCode:response_headers_conformance"],
  },
  {
    check: "response_schema_conformance",
    name: "lists promo codes without their required Code",
    make: () => ({
      after: (request, answer) => {
        if (!isCodeList(request.method, request.pathname) || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        for (const code of page.PromoCodes) delete code.Code;
        return { ...answer, body: JSON.stringify(page) };
      },
    }),
    want: ["listPromoCodes:response_schema_conformance"],
  },
  {
    check: "negative_data_rejection",
    name: "quietly replaces a CreditPolicy outside the enum",
    make: () => ({
      before: (request) => {
        if (request.method !== "POST" || request.pathname !== `${BRAND}/PromoCodes`) return undefined;
        const form = new URLSearchParams(request.body);
        if (form.has("CreditPolicy") && !["ALWAYS", "INVOLVED", "WINNER"].includes(form.get("CreditPolicy")!)) form.set("CreditPolicy", "ALWAYS");
        request.body = form.toString();
        return undefined;
      },
    }),
    want: ["createPromoCode:negative_data_rejection"],
  },
  {
    check: "positive_data_acceptance",
    name: "refuses every valid create with a well-formed 400",
    make: () => ({
      after: (request, answer) =>
        request.method === "POST" && request.pathname === `${BRAND}/PromoCodes` && answer.status === 200 ? json(400, { Status: "ERROR", Message: "Validation Failed", Errors: [{ Field: "Code", Message: "invalid" }] }) : undefined,
    }),
    want: ["createPromoCode:positive_data_acceptance"],
  },
  {
    check: "ignored_auth",
    name: "serves a promo code without credentials",
    make: () => ({
      before: (request) => {
        if (isGetCode(request.method, request.pathname) && !request.headers.authorization) request.headers.authorization = `Basic ${Buffer.from("IRcontract:anything").toString("base64")}`;
      },
    }),
    want: ["getPromoCode:ignored_auth"],
  },
  {
    check: "use_after_free",
    name: "still serves an exception list item after deleting it",
    make: () => {
      const seen = new Map<string, string>();
      const deleted = new Set<string>();
      return {
        before: (request) => (request.method === "GET" && deleted.has(request.pathname) ? json(200, JSON.parse(seen.get(request.pathname)!)) : undefined),
        after: (request, answer) => {
          if (!/\/Items\/[^/]+$/.test(request.pathname) || answer.status !== 200) return undefined;
          if (request.method === "GET") seen.set(request.pathname, answer.body);
          if (request.method === "DELETE" && seen.has(request.pathname)) deleted.add(request.pathname);
          return undefined;
        },
      };
    },
    want: ["getPromoCodeExceptionListItem:use_after_free"],
  },
  {
    check: "use_after_free",
    name: "keeps an expired code ACTIVE",
    make: () => {
      const expired = new Set<string>();
      return {
        after: (request, answer) => {
          if (request.method === "DELETE" && answer.status === 200) expired.add(request.pathname);
          if (request.method !== "GET" || !expired.has(request.pathname) || answer.status !== 200) return undefined;
          return { ...answer, body: JSON.stringify({ ...JSON.parse(answer.body), State: "ACTIVE" }) };
        },
      };
    },
    want: ["getPromoCode:use_after_free"],
  },
  {
    check: "ensure_resource_availability",
    name: "leaves codes created since it started out of its lists (a stale index)",
    make: () => ({
      after: (request, answer) => {
        if (!isCodeList(request.method, request.pathname) || answer.status !== 200) return undefined;
        const page = JSON.parse(answer.body);
        page.PromoCodes = page.PromoCodes.filter((code: { Id: string }) => Number(code.Id) < 9_000_000);
        return { ...answer, body: JSON.stringify(page) };
      },
    }),
    want: ["listPromoCodes:ensure_resource_availability"],
  },
  {
    check: "ensure_resource_availability",
    name: "cannot read a created code at its Uri",
    make: () => ({
      after: (request, answer) =>
        isGetCode(request.method, request.pathname) && answer.status === 200 && Number(request.pathname.split("/").pop()) >= 9_000_000 ? json(404, { Status: "ERROR", Message: "not found" }) : undefined,
    }),
    // Single requests then read the code the sequences left alive, an id from an answer: refused too.
    want: ["getPromoCode:ensure_resource_availability", "getPromoCode:positive_data_acceptance"],
  },
];
