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
import type { OpenApiDocument } from "../../generator/bundle.js";
import { buildModel } from "../../generator/model.js";
import { PROJECT_ROOT } from "../support/project.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";
const SCREENSHOTS = path.join(PROJECT_ROOT, "dist/screenshots");
// The flags this machine needs: no sandbox as root, and no background traffic to Google's hosts.
const FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

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
      server = createServer(async (request, response) => {
        let file = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
        if (file.endsWith("/")) file += "index.html";
        const resolved = path.join(site, path.normalize(file));
        try {
          if (!resolved.startsWith(site)) throw new Error("outside the site");
          const body = await readFile(resolved);
          const type = resolved.endsWith(".html") ? "text/html" : resolved.endsWith(".json") ? "application/json" : "text/plain";
          response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(body);
        } catch {
          response.writeHead(404).end("not found");
        }
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
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
      const links = await page.locator("a[href]").evaluateAll((anchors) => anchors.map((anchor) => (anchor as unknown as { href: string }).href));
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
        const expected = ["openapi.json", "openapi.yaml", ...(await readdir(path.join(PROJECT_ROOT, "generated", api, "fixtures"))).map((file) => `fixtures/${file}`)];
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
      await page.getByRole("link", { name: "Changelog" }).click();
      await page.waitForURL(`${origin}/changelog.html`);
      const changelog = await readFile(path.join(PROJECT_ROOT, "CHANGELOG.md"), "utf8");
      const versions = [...changelog.matchAll(/^## (.+)$/gm)].map((match) => match[1]!);
      expect(versions.length).toBeGreaterThan(0);
      for (const version of versions) await expect(page.getByRole("heading", { name: version, exact: true }).isVisible(), version).resolves.toBe(true);
      const operations = [...changelog.matchAll(/^- \*\*(.+)\*\*$/gm)].map((match) => match[1]!);
      for (const operation of operations) await expect(page.locator("strong", { hasText: operation }).first().isVisible(), operation).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "changelog.png"), fullPage: true });
      await page.getByRole("link", { name: "impact.com promo code APIs" }).click();
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

    it("offers the generated client and curl as code samples", async () => {
      const { page } = await open("brand/index.html#/promo-codes/createpromocode");
      await heading(page, "Create a promo code").waitFor({ state: "visible", timeout: 10_000 });
      await expect(page.getByText("brand.createPromoCode({").first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-typescript-sample.png") });
      await page.getByRole("button", { name: "TypeScript client" }).first().click();
      await page.getByText("curl", { exact: true }).last().click();
      await expect(page.getByText("--data-urlencode 'Code=Acme20'").first().isVisible()).resolves.toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOTS, "brand-curl-sample.png") });
    });

    it("loads nothing from any host but 127.0.0.1", () => {
      expect(offsite).toEqual([]);
    });
  });
}
