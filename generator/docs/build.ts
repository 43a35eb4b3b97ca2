// `npm run docs`: the reference docs as a static site in dist/docs/, which any
// static host can serve as it is and which loads nothing from another host.
//
//   index.html                landing page: both APIs, links, downloads
//   changelog.html            CHANGELOG.md: the API changes of each released version
//   try.html                  "Try it": a form per operation, sent to a mock in the page or to impact.com (try-page.ts)
//   mockServiceWorker.js      msw's service worker, which the mock runs in: at the root, to serve try.html
//   assets/try-*.js           try.html's script and the mock it loads on the first request to it
//   <api>/index.html          `redocly build-docs` of the API, with the site's navigation
//   <api>/redoc-page-<hash>.js the page's module: the API's definition and what runs Redoc on the reader's first reach
//   assets/redoc-<hash>.js    Redoc's script, which both API pages share (redoc-page.ts)
//   <api>/openapi.json|yaml   the bundled spec, as generated/ holds it: a stable address for tools
//                             (for our APIs the wire view; openapi.clean.json|yaml the clean one)
//   <api>/fixtures/*.json     the fixtures, at a stable address too
//   downloads/                the same files named with the API's and the package's
//                             version (brand-v14-0.1.0-openapi.json), so a saved copy says what it is
//
// The reference pages are built from generated/<api>/openapi.clean.json (else
// openapi.json) with the generator's code samples added as x-codeSamples, and
// beside each clean type a note of what the wire carries (wire-notes.ts). Redoc shows each enum value's
// description from the spec's x-enumDescriptions as a table.
//
// The spec is untrusted: Redoc gets a copy whose Markdown and HTML are sanitized
// and whose remote logo and script links are gone (safe-spec.ts), and every page
// carries a Content-Security-Policy that runs only Redoc's own scripts and loads
// nothing from another origin (csp.ts).
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs, promisify } from "node:util";
import Handlebars from "handlebars";
import { Marked } from "marked";
import { loadProjectConfig } from "../config.js";
import { buildModel, resolveRef } from "../model.js";
import type { OpenApiDocument } from "../bundle.js";
import type { CodeSample } from "../emit-samples.js";
import { ownPageWithPolicy, redocPageWithPolicy, tryPageWithPolicy } from "./csp.js";
import { sharedRedocScript, sitePage } from "./redoc-page.js";
import { safeForDocs } from "./safe-spec.js";
import { MOCK_ORIGIN, tryApi, tryItScripts, type TryApi } from "./try-page.js";
import type { RequestFixture } from "../emit-fixtures.js";
import { addWireNotes } from "./wire-notes.js";
import { CLEAN_VIEW_NAME } from "../wire-view.js";

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const REDOCLY = path.join(ROOT, "node_modules/@redocly/cli/bin/cli.js");
Handlebars.registerPartial("style", await readFile(new URL("./style.hbs", import.meta.url), "utf8"));
Handlebars.registerPartial("nav", await readFile(new URL("./nav.hbs", import.meta.url), "utf8"));
const navStyle = await readFile(new URL("./nav-style.hbs", import.meta.url), "utf8");
const redocTheme = await readFile(new URL("./redoc-theme.hbs", import.meta.url), "utf8");
Handlebars.registerPartial("navStyle", navStyle);
const siteNav = Handlebars.compile("{{> nav}}", { strict: true });
const landing = Handlebars.compile(await readFile(new URL("./landing.hbs", import.meta.url), "utf8"), { strict: true });
const changelogPage = Handlebars.compile(await readFile(new URL("./changelog.hbs", import.meta.url), "utf8"), { strict: true });
const tryPage = Handlebars.compile(await readFile(new URL("./try.hbs", import.meta.url), "utf8"), { strict: true });

// The changelog quotes the spec's own text (redocly's messages name fields and
// values): markdown, but any HTML in it is shown as text, never run.
const markdown = new Marked({
  gfm: true,
  renderer: {
    html: ({ text }) => Handlebars.escapeExpression(text),
    // Only web and page-relative links; a `javascript:` one keeps its text and loses the link.
    link({ href, tokens }) {
      const text = this.parser.parseInline(tokens);
      return /^(?:https?:\/\/|#|\.{0,2}\/)/i.test(href) ? `<a href="${Handlebars.escapeExpression(href)}">${text}</a>` : text;
    },
  },
});

/** CHANGELOG.md as the body of changelog.html. */
export function changelogHtml(changelog: string): string {
  return markdown.parse(changelog, { async: false });
}

// Redoc's page declares no icon (so browsers ask the host for /favicon.ico); the
// site must load nothing it does not hold.
const NO_ICON = '<link rel="icon" href="data:,">';
const NPM_PAGE = "https://www.npmjs.com/package/";

type Json = Record<string, any>;

// The API's name gives the same client names the generator gave: an operation id that clashes with `createBrandClient` is renamed only with it.
function addCodeSamples(document: OpenApiDocument, samples: Record<string, CodeSample[]>, apiName: string): void {
  for (const operation of buildModel(document, undefined, apiName).operations) {
    const pathItem = resolveRef(document, (document.paths as Json)[operation.path]);
    pathItem[operation.method]["x-codeSamples"] = samples[operation.name] ?? [];
  }
}

// Each operation's description ends with a link to its form on the Try it page.
function addTryLinks(document: OpenApiDocument, tryIt: TryApi, apiName: string): void {
  for (const operation of buildModel(document, undefined, apiName).operations) {
    const form = tryIt.operations.find((candidate) => candidate.method === operation.method.toUpperCase() && candidate.path === operation.path);
    if (!form) continue;
    const target = resolveRef(document, (document.paths as Json)[operation.path])[operation.method] as Json;
    const own = typeof target.description === "string" ? `${target.description}\n\n` : "";
    target.description = `${own}[Try it](../try.html#${form.id}): send it to a mock in your browser, or to impact.com with your credentials.`;
  }
}

// Redoc lists a tag's schemas under it in the menu when they carry the tag in
// x-tags: so every type is one click away, not only through search.
const SCHEMAS_TAG = "Schemas";
function addSchemasToMenu(document: OpenApiDocument): void {
  const schemas = (document.components as Json | undefined)?.schemas as Json | undefined;
  if (!schemas || typeof schemas !== "object" || Object.keys(schemas).length === 0) return;
  const tags = (Array.isArray(document.tags) ? document.tags : []) as Json[];
  if (!tags.some((tag) => tag?.name === SCHEMAS_TAG)) tags.push({ name: SCHEMAS_TAG, description: "Every type the operations send and receive." });
  document.tags = tags as OpenApiDocument["tags"];
  for (const schema of Object.values(schemas) as Json[]) {
    if (!schema || typeof schema !== "object" || Array.isArray(schema)) continue;
    const own = Array.isArray(schema["x-tags"]) ? schema["x-tags"] : [];
    schema["x-tags"] = own.includes(SCHEMAS_TAG) ? own : [...own, SCHEMAS_TAG];
  }
}

// The route Redoc gives an operation: its tag's slug, then its operationId's, in lower case.
function slug(text: string): string {
  return text.toLowerCase().replace(/\s+/g, "-").replace(/[^a-z0-9_-]/g, "").replace(/-{2,}/g, "-").replace(/^-|-$/g, "");
}

/** An operation's view in its API's reference page, from the site's root. Without an operationId Redoc names the route itself; the tag's route is the nearest one known. */
function referenceHref(apiName: string, operation: { tags: string[]; operationId: string | undefined }): string {
  return `${apiName}/index.html#/${[operation.tags[0], operation.operationId].filter((part): part is string => Boolean(part)).map(slug).join("/")}`;
}

/** The repository's web address from package.json (`repository`, else `homepage`), when it is an https URL. */
function repositoryUrl(pkg: Json): string | undefined {
  const raw = typeof pkg.repository === "string" ? pkg.repository : (pkg.repository as Json | undefined)?.url;
  for (const candidate of [raw, pkg.homepage]) {
    if (typeof candidate !== "string") continue;
    const url = candidate.replace(/^git\+/, "").replace(/\.git$/, "");
    if (/^https:\/\/[^\s"'<>]+$/.test(url)) return url;
  }
  return undefined;
}

/** The base URL the landing page shows: the first server's, or none when the spec lists no servers (OpenAPI then means "/"). */
function firstServerUrl(document: OpenApiDocument): string | undefined {
  const servers = document.servers;
  const url = Array.isArray(servers) ? (servers[0] as Json | undefined)?.url : undefined;
  return typeof url === "string" ? url : undefined;
}

/** What a download of the bundled spec is for, when the API publishes a wire and a clean view. */
function specKind(file: string, twoViews: boolean): string {
  if (!twoViews) return "bundled spec";
  return file.startsWith(`${CLEAN_VIEW_NAME}.`) ? "bundled spec, clean view: for generating a client" : "bundled spec, wire view: for contract tests, mocks and validators";
}

async function size(file: string): Promise<number> {
  return (await stat(file)).size;
}

// Written into every site this builds: a folder is replaced only when it is new,
// empty, holds this file, or holds nothing but what a build writes (a site from
// before the marker), so a mistyped output folder never loses anyone's files.
const SITE_MARKER = ".impact-promo-api-docs";

async function ensureReplaceable(outDir: string, apiNames: string[]): Promise<void> {
  const entries: string[] = await readdir(outDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return [];
    if (error.code === "ENOTDIR") throw new Error(`${outDir} is a file, not a folder for the docs site`);
    throw error;
  });
  const ours = new Set([SITE_MARKER, "index.html", "changelog.html", "try.html", "mockServiceWorker.js", "downloads", "assets", ...apiNames]);
  if (!entries.includes(SITE_MARKER) && !entries.every((entry) => ours.has(entry))) {
    throw new Error(`${outDir} holds files that npm run docs did not write (it has no ${SITE_MARKER}); give a new or empty folder`);
  }
}

/** Builds the site of the project at `projectRoot` (this repository by default) into `outDir`. */
export async function buildDocs(outDir: string, projectRoot = ROOT): Promise<Array<{ page: string; bytes: number; milliseconds: number }>> {
  const { apis } = await loadProjectConfig(path.join(projectRoot, "redocly.yaml"));
  await ensureReplaceable(outDir, apis.map((api) => api.name));
  const pkg = JSON.parse(await readFile(path.join(projectRoot, "package.json"), "utf8")) as Json;
  const packageVersion = pkg.version as string;
  if (!/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/.test(packageVersion)) throw new Error(`package.json's version ${JSON.stringify(packageVersion)} is not a semver version`);
  const staging = await mkdtemp(path.join(tmpdir(), "impact-docs-"));
  await mkdir(path.join(staging, "site", "downloads"), { recursive: true });
  await mkdir(path.join(staging, "site", "assets"), { recursive: true });
  const redocScript = await sharedRedocScript();
  await writeFile(path.join(staging, "site", "assets", redocScript.name), redocScript.text);
  const packageName = typeof pkg.name === "string" && /^(?:@[a-z0-9._-]+\/)?[a-z0-9._-]+$/.test(pkg.name) ? pkg.name : undefined;
  const site = {
    apis: apis.map((api) => ({ name: api.name, label: `${api.name.charAt(0).toUpperCase()}${api.name.slice(1)} API ${api.version}` })),
    repository: repositoryUrl(pkg) ?? "",
    npm: packageName ? `${NPM_PAGE}${packageName}` : "",
    packageName: packageName ?? "",
  };
  const report: Array<{ page: string; bytes: number; milliseconds: number }> = [];
  try {
    // Inside the try: a spec whose mock does not bundle leaves no staging folder behind.
    const tryScripts = await tryItScripts(projectRoot, apis.map((api) => api.name));
    for (const file of tryScripts.files) await writeFile(path.join(staging, "site", "assets", file.name), file.text);
    await writeFile(path.join(staging, "site", tryScripts.worker.name), tryScripts.worker.text);
    const tryApis: TryApi[] = [];
    const cards = [];
    for (const api of apis) {
      const generated = path.join(projectRoot, "generated", api.name);
      // A spec with x-wire-format publishes two views: the pages show the clean types, each with what the wire carries.
      const specFiles = (await readdir(generated)).includes(`${CLEAN_VIEW_NAME}.json`) ? ["openapi.json", "openapi.yaml", `${CLEAN_VIEW_NAME}.json`, `${CLEAN_VIEW_NAME}.yaml`] : ["openapi.json", "openapi.yaml"];
      const document = JSON.parse(await readFile(path.join(generated, specFiles.includes(`${CLEAN_VIEW_NAME}.json`) ? `${CLEAN_VIEW_NAME}.json` : "openapi.json"), "utf8")) as OpenApiDocument;
      addWireNotes(document);
      const samples = JSON.parse(await readFile(path.join(generated, "code-samples.json"), "utf8")) as Record<string, CodeSample[]>;
      const info = document.info as Json;
      const summary = String(info.summary ?? "");
      const operations = buildModel(document).operations.map((operation) => ({
        summary: operation.summary ?? operation.operationId ?? `${operation.method.toUpperCase()} ${operation.path}`,
        method: operation.method.toUpperCase(),
        path: operation.path,
        href: referenceHref(api.name, operation),
      }));
      const requests = JSON.parse(await readFile(path.join(generated, "fixtures", "requests.json"), "utf8").catch(() => "{}")) as Record<string, RequestFixture[]>;
      const tryIt = tryApi(document, api, requests, (operation) => referenceHref(api.name, operation));
      tryApis.push(tryIt);
      addCodeSamples(document, samples, api.name);
      addTryLinks(document, tryIt, api.name);
      addSchemasToMenu(document);
      const input = path.join(staging, `${api.name}.json`);
      await writeFile(input, JSON.stringify(safeForDocs(document)));

      const folder = path.join(staging, "site", api.name);
      await mkdir(path.join(folder, "fixtures"), { recursive: true });
      const page = path.join(folder, "index.html");
      const started = performance.now();
      await run(process.execPath, [REDOCLY, "build-docs", input, "--output", page, "--title", `${info.title} ${info.version}`, "--config", path.join(projectRoot, "redocly.yaml")], {
        cwd: projectRoot,
        env: { ...process.env, REDOCLY_TELEMETRY: "off" },
        maxBuffer: 64 << 20,
      });
      const built = await readFile(page, "utf8");
      const description = `Reference of the ${operations.length} operations of ${info.title} ${info.version}${summary ? `: ${summary}` : ""}`;
      const { html, module } = sitePage(built.includes('rel="icon"') ? built : built.replace("<head>", `<head>${NO_ICON}`), {
        redocScript: `../assets/${redocScript.name}`,
        moduleName: (text) => `redoc-page-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.js`,
        head: `<meta name="description" content="${Handlebars.escapeExpression(description)}">${navStyle}${redocTheme}`,
        // An operation's view has no h1 of Redoc's: the page's own title is its first heading.
        body: `<header>${siteNav({ root: "../", site })}<h1 class="visually-hidden">${Handlebars.escapeExpression(`${info.title} ${info.version} reference`)}</h1></header>`,
      });
      await writeFile(path.join(folder, module.name), module.text);
      await writeFile(page, redocPageWithPolicy(html));
      report.push({ page: `${api.name}/index.html`, bytes: await size(page), milliseconds: performance.now() - started });

      for (const file of specFiles) await cp(path.join(generated, file), path.join(folder, file));
      const fixtures = (await readdir(path.join(generated, "fixtures"))).filter((file) => file.endsWith(".json")).sort();
      for (const file of fixtures) await cp(path.join(generated, "fixtures", file), path.join(folder, "fixtures", file));
      const downloads = [
        ...specFiles.map((file) => ({ from: path.join(generated, file), label: file, kind: specKind(file, specFiles.length > 2) })),
        ...fixtures.map((file) => ({ from: path.join(generated, "fixtures", file), label: `fixtures/${file}`, kind: "fixtures" })),
      ].map((download) => ({ ...download, file: `${api.name}-${api.version}-${packageVersion}-${download.label.replace("/", "-")}` }));
      for (const download of downloads) await cp(download.from, path.join(staging, "site", "downloads", download.file));
      cards.push({ name: api.name, title: info.title, version: api.version, summary, operations: operations.length, operationList: operations, server: firstServerUrl(document), specs: specFiles, fixtures, downloads });
    }
    const index = path.join(staging, "site", "index.html");
    await writeFile(
      index,
      ownPageWithPolicy(landing({
        title: "impact.com promo code APIs",
        lead: "Reference documentation for the promo code and promo code exception list endpoints of impact.com's brand and partner APIs.",
        description: "Reference documentation, getting started, and downloads for impact.com's brand and partner promo code APIs: a typed TypeScript client, fixtures and a credential-free mock.",
        packageVersion,
        apis: cards,
        site,
      })),
    );
    report.unshift({ page: "index.html", bytes: await size(index), milliseconds: 0 });
    // A project without a changelog yet (a fresh fork, a test copy) still gets the page, saying so.
    const changelog = await readFile(path.join(projectRoot, "CHANGELOG.md"), "utf8").catch(() => "# Changelog\n\nNo version has been released yet.\n");
    const changelogFile = path.join(staging, "site", "changelog.html");
    await writeFile(changelogFile, ownPageWithPolicy(changelogPage({ title: "Changelog · impact.com promo code APIs", description: "What changed in each released version of impact.com's promo code API descriptions, under every operation it reaches.", packageVersion, site, body: new Handlebars.SafeString(changelogHtml(changelog)) })));
    report.push({ page: "changelog.html", bytes: await size(changelogFile), milliseconds: 0 });
    const tryFile = path.join(staging, "site", "try.html");
    await writeFile(
      tryFile,
      tryPageWithPolicy(
        tryPage({
          title: "Try it · impact.com promo code APIs",
          description: "Send any promo code operation of impact.com's brand and partner APIs from your browser: to a stateful mock in the page, with no account, or to impact.com with your own credentials.",
          site,
          apis: tryApis,
          mockOrigin: MOCK_ORIGIN,
          workerUrl: tryScripts.worker.name,
          script: tryScripts.entry,
        }),
        [MOCK_ORIGIN, ...tryApis.flatMap((api) => (api.origin ? [api.origin] : []))],
      ),
    );
    report.push({ page: "try.html", bytes: await size(tryFile), milliseconds: 0 });
    await writeFile(path.join(staging, "site", SITE_MARKER), "Built by npm run docs; the next build replaces this folder.\n");
    // Replace the previous site only once the new one is complete.
    await ensureReplaceable(outDir, apis.map((api) => api.name));
    await rm(outDir, { recursive: true, force: true });
    await mkdir(path.dirname(outDir), { recursive: true });
    await cp(path.join(staging, "site"), outDir, { recursive: true });
    return report;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const USAGE = `usage: npm run docs [-- OUT_DIR]
  builds the reference docs site (both APIs, the changelog, versioned downloads) into OUT_DIR
  (default dist/docs/); OUT_DIR must be new, empty, or a site an earlier run built`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let parsed;
  try {
    parsed = parseArgs({ options: { help: { type: "boolean", short: "h" } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`docs: ${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (parsed.values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  if (parsed.positionals.length > 1) {
    console.error(`docs: one OUT_DIR only\n${USAGE}`);
    process.exit(2);
  }
  const outDir = path.resolve(parsed.positionals[0] ?? path.join(ROOT, "dist/docs"));
  const started = performance.now();
  const report = await buildDocs(outDir).catch((error: unknown) => {
    console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
  for (const { page, bytes, milliseconds } of report) {
    console.log(`${page.padEnd(20)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB${milliseconds ? `  built in ${(milliseconds / 1000).toFixed(1)} s` : ""}`);
  }
  console.log(`docs: ${path.relative(process.cwd(), outDir)}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
