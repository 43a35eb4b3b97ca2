// The reference docs as a reader sees them: each page opened in headless
// Chromium (Debian's package, driven by playwright-core), served from a static
// server on 127.0.0.1. Without Chromium the suite says it was skipped and why;
// under CI (CI=true) a missing Chromium is a failure, not a skip.
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs, changelogHtml } from "../../generator/docs/build.js";
import { MOCK_ORIGIN } from "../../generator/docs/try-page.js";
import { safeMarkdown } from "../../generator/docs/safe-markdown.js";
import { hostileSpec, probe } from "./hostile-spec.js";
import { projectWithSpec } from "./hostile-project.js";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildModel } from "../../generator/model.js";
import { PROJECT_ROOT } from "../support/project.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";
const SCREENSHOTS = path.join(PROJECT_ROOT, "dist/screenshots");
// The flags this machine needs: no sandbox as root, and no background traffic to Google's hosts.
const FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** A static server for the site in `site` on 127.0.0.1, and its origin. */
async function serveSite(site: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (file.endsWith("/")) file += "index.html";
    const resolved = path.join(site, path.normalize(file));
    try {
      if (!resolved.startsWith(site)) throw new Error("outside the site");
      const body = await readFile(resolved);
      const type = resolved.endsWith(".html") ? "text/html" : resolved.endsWith(".json") ? "application/json" : resolved.endsWith(".js") ? "text/javascript" : "text/plain";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

describe("the changelog page's markdown", () => {
  it("renders headings, lists and code, and shows HTML and script links as text", () => {
    const html = changelogHtml("## 2.0.0\n\n- **GET /x (getX)**\n  - major: `<b>Id</b>` became <img src=x onerror=alert(1)> [see](javascript:alert(1)) [spec](https://example.com/a)\n\n<script>alert(2)</script>\n");
    expect(html).toContain("<h2>2.0.0</h2>");
    expect(html).toContain("<strong>GET /x (getX)</strong>");
    expect(html).toContain("<code>&lt;b&gt;Id&lt;/b&gt;</code>");
    expect(html).toContain('<a href="https://example.com/a">spec</a>');
    expect(html).not.toMatch(/<img|<script|javascript:/);
  });
});

describe("the site's output folder", () => {
  it("is never one holding files a build did not write: nothing in it is touched", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "impact-not-a-site-"));
    try {
      await writeFile(path.join(folder, "notes.txt"), "mine");
      await expect(buildDocs(folder)).rejects.toThrow(/holds files that npm run docs did not write/);
      expect(await readFile(path.join(folder, "notes.txt"), "utf8")).toBe("mine");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it("keeps the previous site when the Try it page's mock does not bundle, says which file, and leaves no staging folder", async () => {
    const project = await projectWithSpec(hostileSpec());
    const site = await mkdtemp(path.join(tmpdir(), "impact-site-kept-"));
    const staging = await mkdtemp(path.join(tmpdir(), "impact-staging-"));
    const tmp = process.env.TMPDIR;
    try {
      await buildDocs(site, project.root);
      const before = await readFile(path.join(site, "index.html"), "utf8");
      // A clean view makes the build bundle the API's generated MSW entry, whose runtime import this throwaway project lacks.
      await writeFile(path.join(project.root, "generated", "hostile", "openapi.clean.json"), "{}");
      process.env.TMPDIR = staging;
      await expect(buildDocs(site, project.root)).rejects.toThrow(/^the Try it page's scripts did not bundle: .*generated\/hostile\/msw\.ts:\d+: Could not resolve "[^"]+"$/);
      expect(await readdir(staging)).toEqual([]);
      expect(await readFile(path.join(site, "index.html"), "utf8")).toBe(before);
    } finally {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
      await project.dispose();
      await rm(site, { recursive: true, force: true });
      await rm(staging, { recursive: true, force: true });
    }
  }, 120_000);
});


// Built once, for the checks on the files and for the browser's.
let hostileSiteBuilt: Promise<string> | undefined;
function hostileSite(): Promise<string> {
  hostileSiteBuilt ??= (async () => {
    const project = await projectWithSpec(hostileSpec());
    const site = await mkdtemp(path.join(tmpdir(), "impact-hostile-site-"));
    try {
      await buildDocs(site, project.root);
    } finally {
      await project.dispose();
    }
    return site;
  })();
  return hostileSiteBuilt;
}

afterAll(async () => {
  if (hostileSiteBuilt) await rm(await hostileSiteBuilt, { recursive: true, force: true });
});

async function htmlPages(site: string): Promise<string[]> {
  return (await readdir(site, { recursive: true })).filter((file) => file.endsWith(".html")).sort();
}

/** The policy of a page, from its <meta>, which must come first in <head>. */
function policyOf(html: string): Map<string, string[]> {
  const match = /<head><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
  expect(match, "a Content-Security-Policy <meta> first in <head>").not.toBeNull();
  return new Map(match![1]!.split(";").map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
}

describe("a spec's Markdown, made safe for Redoc", () => {
  it("is left as written when it can hold no HTML, link or image (our APIs' descriptions: only a paragraph with a link changes; the headings stay Redoc's menu)", async () => {
    for (const api of ["brand", "partner"]) {
      const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated", api, "openapi.json"), "utf8")) as { info: { description: string }; tags: Array<{ description: string }> };
      for (const text of [document.info.description, ...document.tags.map((tag) => tag.description)]) {
        const safe = safeMarkdown(text);
        for (const block of text.split(/\n{2,}/)) {
          if (/[<[]|\{%/.test(block)) expect(safe, block).not.toContain(block);
          else expect(safe, block).toContain(block);
        }
      }
      expect(safeMarkdown(document.info.description), api).toContain('<a href="https://github.com/impact-promo-api/impact-promo-api/blob/main/spec/README.md">spec/README.md</a>');
      expect(safeMarkdown(document.info.description), api).toMatch(/^## Rate limits$/m);
    }
  });

  it.each(["info.description", "a field"])("keeps no script, frame, event handler, script link or remote resource of a probe in %s", (field) => {
    const safe = safeMarkdown(`## Heading\n\n${probe(field)}\n\nText [docs](https://example.test/docs) ![inline](data:image/png;base64,AAAA)`);
    expect(safe).not.toMatch(/<(?:script|iframe|style|link|object|embed|video|form|svg|meta)\b|\bon[a-z]+=|javascript:|srcdoc|url\(/i);
    // Links elsewhere stay (a reader may follow them); nothing is loaded from elsewhere.
    expect(safe).not.toMatch(/\b(?:src|data|action|poster|background)="[^"]*127\.0\.0\.2/i);
    expect(safe).toContain("## Heading\n");
    expect(safe).toContain('<a href="https://example.test/docs">docs</a>');
    expect(safe).toContain('<img src="data:image/png;base64,AAAA" alt="inline" />');
    // Sanitized blocks are single lines, so markdown-it reads no Markdown inside them.
    for (const line of safe.split("\n").filter((text) => text.startsWith("<div>"))) expect(line).toMatch(/^<div>.*<\/div>$/);
  });
});

describe("the docs site of a hostile spec (no servers, scripts and remote resources in every field)", () => {
  it("builds, saying on the landing page that the spec names no server", async () => {
    const site = await hostileSite();
    expect(await htmlPages(site)).toEqual(["changelog.html", "hostile/index.html", "index.html", "try.html"]);
    expect(await readFile(path.join(site, "index.html"), "utf8")).toContain("the spec names no server");
  }, 120_000);

  it("gives every page a Content-Security-Policy that runs only the page's own scripts and loads nothing from elsewhere", async () => {
    for (const site of [await hostileSite()]) {
      for (const page of await htmlPages(site)) {
        const policy = policyOf(await readFile(path.join(site, page), "utf8"));
        expect(policy.get("default-src"), page).toEqual(["'none'"]);
        expect(policy.get("object-src"), page).toEqual(["'none'"]);
        expect(policy.get("base-uri"), page).toEqual(["'none'"]);
        expect(policy.get("frame-src"), page).toEqual(["'none'"]);
        // The site's own files (Redoc's shared script, each page's module) and Redoc's colour-mode snippet by hash.
        const scripts = policy.get("script-src") ?? [];
        expect(scripts.every((source) => source === "'self'" || /^'sha256-[A-Za-z0-9+/]+=*'$/.test(source)), page).toBe(true);
        // The Try it page also reaches its mock's made-up origin (answered in the browser); a spec with no server gives it no other.
        if (page === "try.html") expect(policy.get("connect-src"), page).toEqual(["'self'", MOCK_ORIGIN]);
        for (const [directive, sources] of policy) for (const source of directive === "connect-src" && page === "try.html" ? sources.slice(0, 1) : sources) expect(source, `${page} ${directive}`).toMatch(/^(?:'[a-z0-9-]+'|'sha256-[A-Za-z0-9+/]+=*'|data:|blob:)$/);
      }
    }
  }, 120_000);
});

if (!available && required) {
  describe("reference docs in a browser", () => {
    it("needs Chromium, which CI installs (apt-get install chromium)", () => {
      expect.fail(`Chromium is not at ${CHROMIUM}; .ci/run installs Debian's chromium package. A skipped browser test does not count under CI.`);
    });
  });
} else if (!available) {
  console.warn(`SKIPPED the reference docs browser test: Chromium not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  describe.skip(`reference docs in a browser — SKIPPED: Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`, () => {
    it("opens every page", () => undefined);
  });
} else {
  describe("reference docs in a browser", () => {
    let site: string;
    let server: Server;
    let origin: string;
    let browser: Browser;
    const offsite: string[] = [];

    beforeAll(async () => {
      site = await mkdtemp(path.join(tmpdir(), "impact-site-"));
      await buildDocs(site);
      ({ server, origin } = await serveSite(site));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
      await mkdir(SCREENSHOTS, { recursive: true });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      await rm(site, { recursive: true, force: true });
    });

    /** A heading whose text is exactly `text` (its accessible name also carries Redoc's "link to …" label). */
    function heading(page: Page, text: string) {
      return page.locator("h1, h2, h3").filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`) }).first();
    }

    /** Opens a page, recording console errors and every request that does not stay on 127.0.0.1. */
    async function open(file: string): Promise<{ page: Page; errors: string[] }> {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("response", (response) => {
        if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
      });
      page.on("request", (request) => {
        const url = request.url();
        if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) offsite.push(url);
      });
      await page.goto(`${origin}/${file}`, { waitUntil: "networkidle" });
      return { page, errors };
    }

    it("the landing page names both APIs and every link on it resolves", async () => {
      const { page, errors } = await open("index.html");
      const text = await page.locator("body").innerText();
      expect(text).toContain("impact.com Brand API — Promo Codes v14");
      expect(text).toContain("impact.com Partner API — Promo Codes v16");
      const all = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
      // The repository and npm pages are elsewhere: the site-quality test checks where they point.
      const links = all.filter((link) => link.startsWith(`${origin}/`));
      expect(all.filter((link) => !link.startsWith(`${origin}/`)).sort()).toEqual(["https://github.com/impact-promo-api/impact-promo-api", "https://www.npmjs.com/package/impact-promo-api"]);
      expect(links.length).toBeGreaterThanOrEqual(2 + 2 * 2 + 4 + 3);
      for (const link of links) {
        const response = await page.request.get(link);
        expect(response.status(), link).toBe(200);
      }
      expect(links).toEqual(expect.arrayContaining([`${origin}/brand/index.html`, `${origin}/partner/index.html`, `${origin}/brand/openapi.yaml`, `${origin}/partner/fixtures/responses.json`, `${origin}/changelog.html`]));
      await page.screenshot({ path: path.join(SCREENSHOTS, "index.png"), fullPage: true });
      expect(errors).toEqual([]);
    });

    it("offers each API's bundled spec and fixtures as downloads named with the API's and the package's version", async () => {
      const { version } = JSON.parse(await readFile(path.join(PROJECT_ROOT, "package.json"), "utf8")) as { version: string };
      const { page, errors } = await open("index.html");
      for (const [api, apiVersion] of [["brand", "v14"], ["partner", "v16"]] as const) {
        const downloads = await page.locator(`#${api} .downloads a`).evaluateAll((anchors) => anchors.map((anchor) => ({ href: (anchor as unknown as { href: string }).href, download: anchor.getAttribute("download") })));
        // The wire view (openapi.*) and the clean view (openapi.clean.*), as the package ships them, and the
        // fixtures' data (not fixtures/data.js and data.d.ts, which only load it for fixtures.ts).
        const fixtures = (await readdir(path.join(PROJECT_ROOT, "generated", api, "fixtures"))).filter((file) => file.endsWith(".json"));
        expect(fixtures.length).toBeGreaterThanOrEqual(3);
        const expected = ["openapi.json", "openapi.yaml", "openapi.clean.json", "openapi.clean.yaml", ...fixtures.map((file) => `fixtures/${file}`)];
        expect(downloads.map((download) => download.download).sort()).toEqual(expected.map((file) => `${api}-${apiVersion}-${version}-${file.replace("/", "-")}`).sort());
        for (const file of expected) {
          const name = `${api}-${apiVersion}-${version}-${file.replace("/", "-")}`;
          const link = downloads.find((download) => download.download === name)!;
          expect(link.href).toBe(`${origin}/downloads/${name}`);
          const response = await page.request.get(link.href);
          expect(response.status(), name).toBe(200);
          // Byte for byte what generated/ holds, and what the package ships.
          expect((await response.body()).equals(await readFile(path.join(PROJECT_ROOT, "generated", api, file))), name).toBe(true);
        }
        await expect(page.locator(`#${api}`).innerText()).resolves.toContain(`Downloads of version ${version}`);
      }
      expect(errors).toEqual([]);
    });

    it("shows the changelog as a page, every released version with its changes, linked from the landing page", async () => {
      const { page, errors } = await open("index.html");
      await page.getByRole("link", { name: "Changelog", exact: true }).click();
      await page.waitForURL(`${origin}/changelog.html`);
      const changelog = await readFile(path.join(PROJECT_ROOT, "CHANGELOG.md"), "utf8");
      const versions = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) await expect(page.getByRole("heading", { name: version, exact: true }).isVisible(), version).resolves.toBe(true);
      const operations = [...changelog.matchAll(/^- \*\*(.+)\*\*$/gm)].map((match) => match[1]!);
      for (const operation of operations) await expect(page.locator("strong", { hasText: operation }).first().isVisible(), operation).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "changelog.png"), fullPage: true });
      await page.getByRole("link", { name: "impact.com promo code APIs", exact: true }).click();
      await page.waitForURL(`${origin}/index.html`);
      expect(errors).toEqual([]);
    });

    it.each(["brand", "partner"])("the %s reference shows each operation under its summary, as a reader clicks through it", async (api) => {
      const document = JSON.parse(await readFile(path.join(PROJECT_ROOT, "generated", api, "openapi.json"), "utf8")) as OpenApiDocument;
      const operations = buildModel(document).operations;
      expect(operations).toHaveLength(api === "brand" ? 12 : 4);
      const { page, errors } = await open(`${api}/index.html`);
      await page.screenshot({ path: path.join(SCREENSHOTS, `${api}.png`) });
      const shown: string[] = [];
      for (const tag of (document.tags as Array<{ name: string }>).map((entry) => entry.name)) {
        await page.getByRole("link", { name: tag, exact: true }).first().click();
        for (const operation of operations.filter((candidate) => candidate.tags.includes(tag))) {
          const summary = operation.summary!;
          await page.getByRole("link", { name: new RegExp(`^${summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) }).first().click();
          await heading(page, summary).waitFor({ state: "visible", timeout: 10_000 });
          // Redoc's "page actions" (a Copy that copies the operation as Markdown and YAML) are gone (redoc-page.ts).
          expect(await page.locator('[data-testid="page-actions"]').count(), summary).toBe(0);
          shown.push(summary);
        }
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, `${api}-last-operation.png`) });
      expect(shown.sort()).toEqual(operations.map((operation) => operation.summary!).sort());
      expect(errors).toEqual([]);
    });

    it("shows an enum's value descriptions (the credit policy in createPromoCode's body)", async () => {
      const { page } = await open("brand/index.html#/promo-codes/createpromocode");
      await heading(page, "Create a promo code").waitFor({ state: "visible", timeout: 10_000 });
      for (const text of [
        "The assigned partner is credited with every sale that uses the code.",
        "The assigned partner is credited only when it drove the last click before the sale.",
      ]) {
        await expect(page.getByText(text).first().isVisible(), text).resolves.toBe(true);
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-create-promo-code.png") });
    });

    it("shows beside a clean type what the wire carries (getPromoCode's answer)", async () => {
      const { page, errors } = await open("brand/index.html#/promo-codes/getpromocode");
      const section = page.locator("[data-section-id='/promo-codes/getpromocode']");
      await heading(page, "Get a promo code").waitFor({ state: "visible", timeout: 10_000 });
      await section.getByRole("button", { name: "200", exact: true }).first().click();
      for (const text of ['On the wire also a string of digits ("7777777").', 'On the wire also "" or null when there is no value.']) {
        await expect(section.getByText(text).first().isVisible(), text).resolves.toBe(true);
      }
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-wire-notes.png") });
      expect(errors).toEqual([]);
    });

    it("offers the generated client and curl as code samples", async () => {
      const { page } = await open("brand/index.html#/promo-codes/createpromocode");
      await heading(page, "Create a promo code").waitFor({ state: "visible", timeout: 10_000 });
      await expect(page.getByText("brand.createPromoCode({").first().isVisible()).resolves.toBe(true);
      // The copy button covers no line of the sample (it sat over the import line).
      const sample = page.locator("pre").filter({ hasText: "brand.createPromoCode({" }).first();
      const copy = page.locator('[data-component-name="CodeBlock/CodeBlock"]').filter({ has: sample }).getByTestId("copy-button").first();
      const [code, button] = [await sample.boundingBox(), await copy.boundingBox()];
      expect(code && button && button.y + button.height <= code.y + 1, `copy button ${JSON.stringify(button)} over the code ${JSON.stringify(code)}`).toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-typescript-sample.png") });
      await page.getByRole("button", { name: "TypeScript client" }).first().click();
      await page.getByText("curl", { exact: true }).last().click();
      await expect(page.getByText("--data-urlencode 'Code=Acme20'").first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-curl-sample.png") });
    });

    it("gives each of its five pages a Content-Security-Policy <meta>", async () => {
      const pages = await htmlPages(site);
      expect(pages).toEqual(["brand/index.html", "changelog.html", "index.html", "partner/index.html", "try.html"]);
      for (const page of pages) expect(policyOf(await readFile(path.join(site, page), "utf8")).get("default-src"), page).toEqual(["'none'"]);
    });

    it("loads nothing from any host but 127.0.0.1", () => {
      expect(offsite).toEqual([]);
    });
  });

  describe("the docs of a hostile spec in a browser", () => {
    let site: string;
    let server: Server;
    let origin: string;
    let browser: Browser;

    beforeAll(async () => {
      site = await hostileSite();
      ({ server, origin } = await serveSite(site));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    });

    it.each(["index.html", "changelog.html", "try.html", "hostile/index.html", "hostile/index.html#/things", "hostile/index.html#/things/getthing"])(
      "%s runs no script of the spec, asks no other origin for anything, and needed its policy for nothing",
      async (file) => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const offsite: string[] = [];
        const refused: string[] = [];
        page.on("request", (request) => {
          if (!request.url().startsWith(`${origin}/`) && !/^(data|blob|about):/.test(request.url())) offsite.push(request.url());
        });
        page.on("console", (message) => {
          if (/Content.Security.Policy|Refused to/i.test(message.text())) refused.push(message.text());
        });
        await page.goto(`${origin}/${file}`, { waitUntil: "networkidle" });
        if (file.startsWith("hostile/")) {
          // Redoc runs once the reader reaches for the page (or at once for a view's address); the
          // prerendered menu holds the description's heading, and every response is opened.
          await page.mouse.move(5, 5);
          await page.locator('#redoc[data-redoc="started"]').waitFor({ state: "attached", timeout: 15_000 });
          await page.getByText("Section heading").first().waitFor({ state: "visible", timeout: 10_000 });
          for (const status of ["200", "404"]) await page.getByRole("button", { name: new RegExp(`^${status}`) }).first().click({ timeout: 2_000 }).catch(() => undefined);
        }
        await page.waitForTimeout(1_000);
        expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
        expect(await page.title()).not.toBe("pwned");
        expect(page.url()).toBe(`${origin}/${file}`);
        expect(offsite).toEqual([]);
        expect(refused).toEqual([]);
        expect(await page.locator('head > meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
        await page.close();
      },
      60_000,
    );

    it("refuses, by its policy alone, a script, a frame's script and a remote image that reached the page", async () => {
      // Another origin that records what it is asked for.
      const asked: string[] = [];
      const elsewhere = createServer((request, response) => {
        asked.push(request.url ?? "");
        response.writeHead(200, { "content-type": "image/png" }).end();
      });
      await new Promise<void>((resolve) => elsewhere.listen(0, "127.0.0.1", resolve));
      const other = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
      const html = await readFile(path.join(site, "hostile/index.html"), "utf8");
      const end = html.lastIndexOf("</body>");
      const plant = `<iframe srcdoc="<script>parent.pwned='srcdoc'</script><img src='${other}/frame.png'>"></iframe><script>window.pwned='inline'</script><img src="${other}/planted.png"><link rel="stylesheet" href="${other}/planted.css">`;
      await writeFile(path.join(site, "hostile/planted.html"), html.slice(0, end) + plant + html.slice(end));
      try {
        const page = await browser.newPage();
        const blocked: string[] = [];
        page.on("requestfailed", (request) => blocked.push(`${request.url()} ${request.failure()?.errorText}`));
        await page.goto(`${origin}/hostile/planted.html`, { waitUntil: "networkidle" });
        await page.getByText("Section heading").first().waitFor({ state: "visible", timeout: 10_000 });
        await page.waitForTimeout(1_000);
        expect(await page.evaluate(() => (globalThis as { pwned?: unknown }).pwned)).toBeUndefined();
        expect(asked).toEqual([]);
        expect(blocked.filter((entry) => entry.startsWith(other)).every((entry) => /\b(?:csp|net::ERR_BLOCKED_BY_CSP)$/.test(entry)), blocked.join("\n")).toBe(true);
        await page.close();
      } finally {
        await rm(path.join(site, "hostile/planted.html"), { force: true });
        await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
      }
    }, 60_000);
  });

}
