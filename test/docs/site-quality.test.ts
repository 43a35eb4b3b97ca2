// The reference site as a reader's tools judge it: built, served gzipped from a
// local server (as a static host serves it), then checked with axe-core (no
// violation on an API's first view and on an operation's view, in light and in
// dark mode) and Lighthouse (each page, mobile and desktop), in Debian's
// Chromium. Without Chromium the suite says it was skipped and why; under CI
// (CI=true) a missing Chromium is a failure, not a skip.
//
// Lighthouse's performance score depends on the machine's load; every page
// scored 100 on this shared 2-core machine, and the floor is issue 27's 90. So
// this file runs alone, after every other (vitest.config.ts), and a page has
// PERFORMANCE_RUNS tries at its floor. An API
// page's load runs none of Redoc's 2.3 MB script (it runs when the reader first
// reaches for the page, which the test below checks): Lighthouse judges the
// prerendered first view, and generator/docs/README.md says what the first
// interaction then costs.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocs } from "../../generator/docs/build.js";
import { outsideTool } from "../outside-tools/install.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const available = existsSync(CHROMIUM);
const required = process.env.CI === "true";
const FLAGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const PAGES = ["index.html", "changelog.html", "try.html", "brand/index.html", "partner/index.html"];
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".yaml": "text/yaml" };

/** The lowest performance score each page must keep (0-100), per form factor. */
const PERFORMANCE_FLOOR: Record<string, { mobile: number; desktop: number }> = {
  "index.html": { mobile: 90, desktop: 90 },
  "changelog.html": { mobile: 90, desktop: 90 },
  "try.html": { mobile: 90, desktop: 90 },
  "brand/index.html": { mobile: 90, desktop: 90 },
  "partner/index.html": { mobile: 90, desktop: 90 },
};

/**
 * Runs of Lighthouse a page gets to reach its performance floor. The score is a timing, and Lighthouse's
 * own guidance on variability is to run it more than once: a page that reaches the floor in no run of
 * three is slow, one that misses it in a single run met a busy machine. Accessibility, best practices
 * and SEO are not timings: every run must score 100.
 */
const PERFORMANCE_RUNS = 3;

/** The site in `site`, gzipped, on 127.0.0.1: content-hashed assets cached for a year, pages revalidated; `served` lists each path it sent. */
async function serveGzipped(site: string): Promise<{ server: Server; origin: string; served: string[] }> {
  const served: string[] = [];
  const server = createServer(async (request, response) => {
    let file = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    served.push(file);
    if (file.endsWith("/")) file += "index.html";
    const resolved = path.join(site, path.normalize(file));
    try {
      if (!resolved.startsWith(site)) throw new Error("outside the site");
      const body = gzipSync(await readFile(resolved));
      response.writeHead(200, {
        "content-type": `${TYPES[path.extname(resolved)] ?? "text/plain"}; charset=utf-8`,
        "content-encoding": "gzip",
        "cache-control": file.startsWith("/assets/") ? "public, max-age=31536000, immutable" : "no-cache",
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served };
}

let site: string;
beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), "impact-site-quality-"));
  await buildDocs(site);
}, 120_000);
afterAll(async () => {
  if (site) await rm(site, { recursive: true, force: true });
});

describe("the built site, read without a browser", () => {
  it("links every page to the landing page, both APIs, Try it, the changelog, the repository and the npm package", async () => {
    const pkg = JSON.parse(await readFile(path.join(import.meta.dirname, "../../package.json"), "utf8")) as { name: string };
    for (const page of PAGES) {
      const html = await readFile(path.join(site, page), "utf8");
      const nav = /<nav class="site"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
      const root = page.includes("/") ? "../" : "";
      const hrefs = [...nav.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
      expect(hrefs, page).toEqual([`${root}index.html`, `${root}brand/index.html`, `${root}partner/index.html`, `${root}try.html`, `${root}changelog.html`, "https://github.com/impact-promo-api/impact-promo-api", `https://www.npmjs.com/package/${pkg.name}`]);
      expect(html, page).toMatch(/<meta name="description" content="[^"]{50,}">/);
    }
  });

  it("gives the API pages' sidebar hash links, which a static host serves copied or without JavaScript", async () => {
    for (const api of ["brand", "partner"]) {
      const html = await readFile(path.join(site, api, "index.html"), "utf8");
      const redoc = html.slice(html.indexOf('<div id="redoc">'));
      const menu = redoc.slice(redoc.indexOf('role="navigation"'), redoc.indexOf("api-content"));
      const hrefs = [...menu.matchAll(/href="([^"]*)"/g)].map((match) => match[1]!);
      expect(hrefs.length, api).toBeGreaterThan(5);
      expect(hrefs.filter((href) => !href.startsWith("#/") && !href.startsWith("https://")), api).toEqual([]);
      expect(hrefs, api).toContain("#/schemas");
    }
  });

  it("serves Redoc's script once for both API pages, from the site, instead of inlining it in each", async () => {
    const scripts = [];
    for (const api of ["brand", "partner"]) {
      const html = await readFile(path.join(site, api, "index.html"), "utf8");
      expect(html.length, api).toBeLessThan(400_000);
      const module = /<script type="module" src="([\w.-]+\.js)"><\/script>/.exec(html)?.[1];
      expect(module, api).toBeDefined();
      const text = await readFile(path.join(site, api, module!), "utf8");
      expect(text, api).not.toMatch(/^\s*import\b/m);
      scripts.push(/await import\("(\.\.\/assets\/redoc-[0-9a-f]{16}\.js)"\)/.exec(text)?.[1]);
    }
    expect(scripts[0]).toBeDefined();
    expect(scripts[1]).toBe(scripts[0]);
    expect((await readFile(path.join(site, "brand", scripts[0]!), "utf8")).length).toBeGreaterThan(1_000_000);
  });

  it("lists every operation on the landing page, linked to its view, and says how to install, authenticate, mock, and what 429 and paginate do", async () => {
    const html = await readFile(path.join(site, "index.html"), "utf8");
    for (const text of ["npm install impact-promo-api", "IMPACT_ACCOUNT_SID", "IMPACT_AUTH_TOKEN", "npx impact-promo-mock", "maxRetries", "RateLimitError", "paginate", "maxPages"]) expect(html, text).toContain(text);
    expect(html).toContain('href="brand/index.html#/promo-codes/createpromocode"');
    expect([...html.matchAll(/<ul class="operations">([\s\S]*?)<\/ul>/g)].map((list) => (list[1]!.match(/<li>/g) ?? []).length)).toEqual([12, 4]);
  });
});

if (!available && required) {
  describe("the reference site in Chromium (axe-core, Lighthouse)", () => {
    it("needs Chromium, which CI installs (apt-get install chromium)", () => {
      expect.fail(`Chromium is not at ${CHROMIUM}; .ci/run installs Debian's chromium package. A skipped browser test does not count under CI.`);
    });
  });
} else if (!available) {
  console.warn(`SKIPPED the site-quality browser test: Chromium not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH.`);
  describe.skip(`the reference site in Chromium — SKIPPED: Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`, () => {
    it("is judged by axe-core and Lighthouse", () => undefined);
  });
} else {
  describe("the reference site in Chromium (axe-core, Lighthouse)", () => {
    let server: Server;
    let origin: string;
    let served: string[];
    let browser: Browser;

    beforeAll(async () => {
      ({ server, origin, served } = await serveGzipped(site));
      browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    });

    it("runs Redoc's script when the reader reaches for an API page, not before, and presses again a button pressed before it ran", async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
      const runs: string[] = [];
      page.on("request", (request) => {
        if (/\/assets\/redoc-[0-9a-f]+\.js$/.test(request.url()) && request.resourceType() === "script") runs.push(request.url());
      });
      const downloads = () => served.filter((file) => /^\/assets\/redoc-[0-9a-f]+\.js$/.test(file)).length;
      const before = downloads();
      try {
        await page.goto(`${origin}/brand/index.html`, { waitUntil: "networkidle" });
        await page.waitForTimeout(1_000);
        // Downloaded once the page is idle (a prefetch; a new page is a new context, with its own cache), never run.
        expect(downloads() - before).toBe(1);
        expect(runs).toEqual([]);
        expect(await page.locator("#redoc").getAttribute("data-redoc")).toBeNull();
        const downloaded = downloads();
        // The prerendered view reads without it: the overview and a sidebar link to every tag.
        await page.getByRole("heading", { name: "impact.com Brand API — Promo Codes (v14)" }).waitFor({ state: "visible" });
        await expect(page.getByRole("link", { name: "Promo Code Exception Lists", exact: true }).first().getAttribute("href")).resolves.toBe("#/promo-code-exception-lists");
        expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { className: string } } }).document.documentElement.className)).toContain("light");
        // The colour-mode switch, pressed before Redoc runs: the press starts Redoc, which then switches.
        await page.getByTestId("color-mode-switcher").click();
        await page.locator('#redoc[data-redoc="started"]').waitFor({ state: "attached", timeout: 15_000 });
        // Run from the prefetched copy: no second download.
        expect(runs).toHaveLength(1);
        expect(downloads()).toBe(downloaded);
        await page.waitForFunction(() => (globalThis as unknown as { document: { documentElement: { className: string } } }).document.documentElement.className.includes("dark"), undefined, { timeout: 10_000 });
      } finally {
        await page.close();
      }
    }, 60_000);

    // Each API page's first view as loaded (prerendered, Redoc not yet run) and once Redoc runs.
    const views = [
      { page: "brand/index.html", heading: "impact.com Brand API — Promo Codes (v14)", redoc: "not yet run" },
      { page: "brand/index.html", heading: "impact.com Brand API — Promo Codes (v14)", redoc: "running" },
      { page: "brand/index.html#/promo-codes/createpromocode", heading: "Create a promo code", redoc: "running" },
      { page: "partner/index.html#/promo-codes/listpromocodes", heading: "List promo codes", redoc: "running" },
    ];
    it.each(views.flatMap((view) => (["light", "dark"] as const).map((scheme) => ({ ...view, scheme }))))("axe-core finds no violation on $page in $scheme mode, Redoc $redoc", async ({ page: file, heading, scheme, redoc }) => {
      const axe = await readFile(path.join(outsideTool("axe-core"), "axe.min.js"), "utf8");
      // The policy would refuse axe's own script: only the test's injection bypasses it.
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
      try {
        await page.goto(`${origin}/${file}`, { waitUntil: "networkidle" });
        if (redoc === "running") {
          await page.mouse.move(5, 5);
          await page.locator('#redoc[data-redoc="started"]').waitFor({ state: "attached", timeout: 15_000 });
        }
        await page.getByRole("heading", { name: heading }).first().waitFor({ state: "visible", timeout: 15_000 });
        await page.waitForTimeout(500);
        expect(await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { className: string } } }).document.documentElement.className)).toContain(scheme);
        await page.evaluate(axe);
        const result = (await page.evaluate(() => {
          const browserGlobal = globalThis as unknown as { document: unknown; axe: { run(context: unknown, options: object): Promise<unknown> } };
          return browserGlobal.axe.run(browserGlobal.document, { resultTypes: ["violations"] });
        })) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
        expect(result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
      } finally {
        await page.close();
      }
    }, 60_000);

    it.each(PAGES.flatMap((page) => (["mobile", "desktop"] as const).map((form) => ({ page, form }))))("Lighthouse scores $page ($form): accessibility, best practices and SEO 100, performance at its floor", async ({ page, form }) => {
      const lighthouseFolder = outsideTool("lighthouse");
      const { default: lighthouse, desktopConfig } = (await import(path.join(lighthouseFolder, "core/index.js"))) as {
        default: (url: string, flags: object, config?: object) => Promise<{ lhr: { categories: Record<string, { score: number | null }>; audits: Record<string, { score: number | null; title: string }> } } | undefined>;
        desktopConfig: object;
      };
      const launcher = (await import(path.join(path.dirname(lighthouseFolder), "chrome-launcher/dist/index.js"))) as { launch(options: object): Promise<{ port: number; kill(): Promise<void> }> };
      const chrome = await launcher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
      try {
        const floor = PERFORMANCE_FLOOR[page]![form];
        const performance: string[] = [];
        for (let run = 1; run <= PERFORMANCE_RUNS; run++) {
          const result = await lighthouse(`${origin}/${page}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility", "best-practices", "seo"] }, form === "desktop" ? desktopConfig : undefined);
          const { categories, audits } = result!.lhr;
          const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
          const failing = (id: string) => `${id} ${score(id)}; failing audits: ${Object.entries(audits).filter(([, audit]) => audit.score !== null && audit.score < 1).map(([name]) => name).join(", ")}`;
          for (const category of ["accessibility", "best-practices", "seo"]) expect(score(category), `run ${run}: ${failing(category)}`).toBe(100);
          performance.push(`run ${run}: ${failing("performance")}`);
          if (score("performance") >= floor) return;
        }
        expect.fail(`performance under ${floor} in each of ${PERFORMANCE_RUNS} runs:\n${performance.join("\n")}`);
      } finally {
        await chrome.kill();
      }
    }, 60_000 * PERFORMANCE_RUNS);
  });
}
