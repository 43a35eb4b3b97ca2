// The site's "Try it" page (try.html): built, then read as HTML (a form per
// operation, filled as its code sample is, a link from each operation's
// reference, a policy that lets the page reach only the site, the mock and
// impact.com), then used in Debian's Chromium as a reader would: every form sent
// as filled to the mock in the page, the mock's state across forms, a send to
// impact.com (answered by the test in impact.com's place) with the reader's
// credentials going there and nowhere else, a redirect not followed, a refused
// connection explained. axe-core judges the page with an answer shown.
// Without Chromium the browser part says it was skipped and why; under CI
// (CI=true) a missing Chromium is a failure, not a skip.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page, type Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/docs/build.js";
import { MOCK_ORIGIN } from "../../generator/docs/try-page.js";
import { outsideTool } from "../outside-tools/install.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";
const FLAGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };
const OPERATIONS = { brand: 12, partner: 4 };

let site: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), "impact-try-it-"));
  await buildDocs(site);
}, 120_000);
afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

async function tryHtml(): Promise<string> {
  return readFile(path.join(site, "try.html"), "utf8");
}

/** Each form's operation id and its fields' `data-name` → value, as the page is served. */
function forms(html: string): Map<string, Record<string, string>> {
  const found = new Map<string, Record<string, string>>();
  for (const match of html.matchAll(/<form data-operation="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)) {
    const fields: Record<string, string> = {};
    for (const field of match[2]!.matchAll(/<input id="[^"]+" data-in="[^"]+" data-name="([^"]+)" value="([^"]*)"/g)) fields[field[1]!] = field[2]!;
    for (const select of match[2]!.matchAll(/<select id="[^"]+" data-in="[^"]+" data-name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) fields[select[1]!] = /<option value="([^"]*)" selected>/.exec(select[2]!)?.[1] ?? "";
    const body = /<textarea[^>]*>([\s\S]*?)<\/textarea>/.exec(match[2]!)?.[1];
    if (body !== undefined) fields["(body)"] = body.replaceAll("&quot;", '"');
    found.set(match[1]!, fields);
  }
  return found;
}

describe("the Try it page, read without a browser", () => {
  it("has a form per operation of both APIs, filled with the inputs of its code sample", async () => {
    const found = forms(await tryHtml());
    expect([...found.keys()].filter((id) => id.startsWith("brand-"))).toHaveLength(OPERATIONS.brand);
    expect([...found.keys()].filter((id) => id.startsWith("partner-"))).toHaveLength(OPERATIONS.partner);
    // The sample's values: a path id the mock holds, the pinned version, a body of the required fields only.
    expect(found.get("brand-getPromoCode")).toMatchObject({ PromoCodeId: "7777777", "IR-Version": "14" });
    expect(found.get("partner-getPromoCode")).toMatchObject({ "IR-Version": "16" });
    expect(JSON.parse(found.get("brand-createPromoCode")!["(body)"]!)).toEqual({ AssignedPartnerId: 10000, CampaignId: 1000, Code: "Acme20", CreditPolicy: "ALWAYS", Type: "LI" });
    // Optional filters start unsent, so a list answers with every record rather than none.
    expect(found.get("brand-listPromoCodes")).toMatchObject({ CampaignId: "", Code: "", State: "", Page: "" });
  });

  it("links every operation's reference to its form", async () => {
    const ids = new Set(forms(await tryHtml()).keys());
    for (const api of ["brand", "partner"] as const) {
      const module = /<script type="module" src="([\w.-]+\.js)"><\/script>/.exec(await readFile(path.join(site, api, "index.html"), "utf8"))![1]!;
      const definition = await readFile(path.join(site, api, module), "utf8");
      const links = [...definition.matchAll(/\.\.\/try\.html#([\w-]+)/g)].map((match) => match[1]!);
      expect(new Set(links).size, api).toBe(OPERATIONS[api]);
      for (const link of links) expect(ids.has(link), link).toBe(true);
    }
  });

  it("may connect only to the site, the mock's made-up origin and impact.com's API, and runs only its own script", async () => {
    const html = await tryHtml();
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1).join(" ")]));
    expect(directives).toMatchObject({ "default-src": "'none'", "script-src": "'self'", "form-action": "'none'", "connect-src": `'self' ${MOCK_ORIGIN} https://api.impact.com` });
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0])).toEqual([expect.stringMatching(/^<script type="module" src="assets\/try-it-\w+\.js">$/)]);
    expect(existsSync(path.join(site, "mockServiceWorker.js"))).toBe(true);
  });
});

async function serve(folder: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const file = path.join(folder, path.normalize(decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname)));
    try {
      if (!file.startsWith(folder)) throw new Error("outside the site");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": `${TYPES[path.extname(file)] ?? "text/plain"}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

if (!available && required) {
  describe("the Try it page in Chromium", () => {
    it("needs Chromium, which CI installs (apt-get install chromium)", () => {
      expect.fail(`Chromium is not at ${CHROMIUM}; .ci/run installs Debian's chromium package. A skipped browser test does not count under CI.`);
    });
  });
} else if (!available) {
  console.warn(`SKIPPED the Try it browser test: Chromium not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  describe.skip(`the Try it page in Chromium — SKIPPED: Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`, () => {
    it("sends each form", () => undefined);
  });
} else {
  describe("the Try it page in Chromium", () => {
    let server: Server;
    let origin: string;
    let browser: Browser;

    beforeAll(async () => {
      ({ server, origin } = await serve(site));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    });

    /** A new reader: its own context (no service worker yet), every request it makes, and the page's errors. */
    async function open(): Promise<{ context: BrowserContext; page: Page; requests: Request[]; errors: string[] }> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const requests: Request[] = [];
      const errors: string[] = [];
      context.on("request", (request) => requests.push(request));
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${origin}/try.html`);
      await page.waitForFunction(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset.tryIt === "ready");
      return { context, page, requests, errors };
    }

    /** Sends the form of `operation` and waits for its answer: the status line and the detail shown. */
    async function send(page: Page, operation: string): Promise<{ state: string; status: string; detail: string }> {
      const form = page.locator(`form[data-operation="${operation}"]`);
      const answer = form.locator("[data-answer]");
      // The last send's answer is cleared first, so only this send's can end the wait.
      await answer.evaluate((element) => delete (element as unknown as { dataset: Record<string, string> }).dataset.state);
      await form.locator("button[type=submit]").click();
      await page.waitForFunction((element) => element !== null && (element as unknown as { dataset: Record<string, string> }).dataset.state !== undefined && (element as unknown as { dataset: Record<string, string> }).dataset.state !== "sending", await answer.elementHandle(), { timeout: 20_000 });
      return { state: (await answer.getAttribute("data-state")) ?? "", status: await answer.locator("[data-status]").innerText(), detail: await answer.locator("[data-detail]").innerText() };
    }

    it("sends every form as filled to the mock in the page and gets the answer the operation promises", async () => {
      const ids = [...forms(await tryHtml()).keys()];
      for (const id of ids) {
        // A new page each: an operation that deletes must not empty the record the next one reads.
        const { context, page, requests, errors } = await open();
        try {
          const answer = await send(page, id);
          expect(answer.status, id).toMatch(/^20[0-9] /);
          expect(answer.state, id).toBe("ok");
          expect(answer.status, id).toContain(MOCK_ORIGIN);
          // A list answers with records, a read with the record.
          if (/-list/.test(id)) expect(JSON.parse(answer.detail.slice(answer.detail.indexOf("{"))), id).toSatisfy((body: Record<string, unknown>) => Object.values(body).some((value) => Array.isArray(value) && value.length > 0));
          if (/-get/.test(id)) expect(answer.detail, id).toMatch(/"Id": "\d+"/);
          expect(errors, id).toEqual([]);
          // Answered by the service worker, which fetched nothing itself (it does for impact.com: the test below sees it), and nothing went to impact.com.
          expect(requests.filter((request) => request.url().startsWith(MOCK_ORIGIN)).length, id).toBeGreaterThan(0);
          expect(requests.filter((request) => request.serviceWorker() !== null && !request.url().startsWith(origin)).map((request) => request.url()), id).toEqual([]);
          expect(requests.filter((request) => request.url().startsWith("https://api.impact.com")).map((request) => request.url()), id).toEqual([]);
        } finally {
          await context.close();
        }
      }
    }, 180_000);

    it("keeps what a form creates for the other forms, until the mock is reset", async () => {
      const { context, page } = await open();
      try {
        const create = page.locator('form[data-operation="brand-createPromoCode"]');
        await create.locator("textarea").fill(JSON.stringify({ AssignedPartnerId: 10000, CampaignId: 1000, Code: "TRYIT42", CreditPolicy: "ALWAYS", Type: "LI" }));
        const created = await send(page, "brand-createPromoCode");
        expect(created.status).toMatch(/^200 /);
        const id = /PromoCodes\/(\d+)/.exec(created.detail)?.[1];
        expect(id).toBeDefined();
        await page.locator('form[data-operation="brand-listPromoCodes"] [data-name="Code"]').fill("TRYIT42");
        const listed = await send(page, "brand-listPromoCodes");
        expect(listed.detail).toContain(`"Id": "${id}"`);
        // A field left out of a required path parameter is refused before anything is sent.
        await page.locator('form[data-operation="brand-getPromoCode"] [data-name="PromoCodeId"]').fill("");
        expect(await send(page, "brand-getPromoCode")).toMatchObject({ state: "error", status: "Fill in PromoCodeId: the path needs it." });
        await page.locator('form[data-operation="brand-getPromoCode"] [data-name="PromoCodeId"]').fill(id!);
        // A header value the browser will not send is refused in the page, with the reason.
        await page.locator('form[data-operation="brand-getPromoCode"] [data-name="IR-Version"] option').last().evaluate((option) => ((option as unknown as { value: string }).value = "\u0100"));
        expect(await send(page, "brand-getPromoCode")).toMatchObject({ state: "error", status: expect.stringMatching(/^The request could not be built: /) });
        // The created record, read with the optional version header left out.
        await page.locator('form[data-operation="brand-getPromoCode"] [data-name="IR-Version"]').selectOption({ index: 0 });
        expect((await send(page, "brand-getPromoCode")).detail).toContain('"Code": "TRYIT42"');
        await page.locator("#reset-mock").click();
        await page.locator("#reset-status").filter({ hasText: "back to its seed data" }).waitFor();
        expect((await send(page, "brand-listPromoCodes")).detail).toContain('"PromoCodes": []');
      } finally {
        await context.close();
      }
    }, 60_000);

    it("sends to impact.com with the reader's credentials, to impact.com only, and follows no redirect", async () => {
      const { context, page, requests } = await open();
      const seen: Array<{ url: string; authorization: string | undefined; version: string | undefined; accept: string | undefined }> = [];
      let answer: "record" | "redirect" | "refuse" = "record";
      // The test answers in impact.com's place; the route sees what the browser would send there.
      await context.route("https://api.impact.com/**", async (route) => {
        const headers = route.request().headers();
        seen.push({ url: route.request().url(), authorization: headers.authorization, version: headers["ir-version"], accept: headers.accept });
        const cors = { "access-control-allow-origin": origin, "access-control-allow-headers": "authorization, ir-version, accept, content-type" };
        if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers: cors });
        if (answer === "refuse") return route.abort("connectionrefused");
        if (answer === "redirect") return route.fulfill({ status: 302, headers: { ...cors, location: "https://elsewhere.example/steal" } });
        return route.fulfill({ status: 200, headers: { ...cors, "content-type": "application/json" }, body: JSON.stringify({ Id: "7777777", Code: "FROMIMPACT" }) });
      });
      await context.route("https://elsewhere.example/**", (route) => {
        seen.push({ url: route.request().url(), authorization: route.request().headers().authorization, version: undefined, accept: undefined });
        return route.abort();
      });
      try {
        // The mock first, so that its service worker is running when the request to impact.com goes out.
        expect((await send(page, "brand-getPromoCode")).state).toBe("ok");
        await page.locator('input[name="target"][value="impact"]').check();
        expect(await send(page, "brand-getPromoCode")).toMatchObject({ state: "error", status: "Enter your account SID and auth token to call impact.com, or choose the mock." });
        expect(seen).toEqual([]);
        await page.locator("#account-sid").fill("IRreader1");
        await page.locator("#auth-token").fill("s3cr3t:tøken");
        const got = await send(page, "brand-getPromoCode");
        expect(got.status).toBe("200 OK — GET https://api.impact.com/Advertisers/IRreader1/PromoCodes/7777777");
        expect(got.detail).toContain('"Code": "FROMIMPACT"');
        const sent = seen.filter((request) => request.authorization !== undefined);
        expect(sent).toEqual([{ url: "https://api.impact.com/Advertisers/IRreader1/PromoCodes/7777777", authorization: `Basic ${Buffer.from("IRreader1:s3cr3t:tøken").toString("base64")}`, version: "14", accept: "application/json" }]);
        // It went out through the mock's running service worker, which let it pass.
        expect(requests.filter((request) => request.serviceWorker() !== null && request.url().startsWith("https://api.impact.com/")).length).toBeGreaterThan(0);
        answer = "redirect";
        expect((await send(page, "brand-getPromoCode")).status).toContain("answered with a redirect, which is not followed");
        answer = "refuse";
        expect(await send(page, "brand-getPromoCode")).toMatchObject({ state: "error", status: "No answer the browser lets this page read from https://api.impact.com." });
        // The credentials went to impact.com's API and nowhere else: not the redirect's target, not the site.
        expect(seen.filter((request) => !request.url.startsWith("https://api.impact.com/"))).toEqual([]);
        expect(requests.filter((request) => request.headers().authorization !== undefined && !request.url().startsWith("https://api.impact.com/") && !request.url().startsWith(MOCK_ORIGIN)).map((request) => request.url())).toEqual([]);
        // Kept nowhere: no storage, no cookie.
        const kept = await page.evaluate(() => {
          const browserGlobal = globalThis as unknown as { localStorage: { length: number }; sessionStorage: { length: number }; document: { cookie: string } };
          return [browserGlobal.localStorage.length, browserGlobal.sessionStorage.length, browserGlobal.document.cookie];
        });
        expect(kept).toEqual([0, 0, ""]);
      } finally {
        await context.close();
      }
    }, 60_000);

    it("axe-core finds no violation on the page, with answers and a refusal shown", async () => {
      const axe = await readFile(path.join(outsideTool("axe-core"), "axe.min.js"), "utf8");
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/try.html`);
        await page.waitForFunction(() => (globalThis as unknown as { document: { body: { dataset: Record<string, string> } } }).document.body.dataset.tryIt === "ready");
        await send(page, "brand-listPromoCodes");
        await page.locator('form[data-operation="partner-getPromoCode"] [data-name="Id"]').fill("");
        await send(page, "partner-getPromoCode");
        await page.evaluate(axe);
        const result = (await page.evaluate(() => {
          const browserGlobal = globalThis as unknown as { document: unknown; axe: { run(context: unknown, options: object): Promise<unknown> } };
          return browserGlobal.axe.run(browserGlobal.document, { resultTypes: ["violations"] });
        })) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
        expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
      } finally {
        await context.close();
      }
    }, 60_000);
  });
}
