// Turns the page `redocly build-docs` writes (without --inlineBundle, so it
// imports Redoc from Redocly's CDN) into the site's page:
//   - Redoc's 2.3 MB script is one file of the site, assets/redoc-<hash>.js, which
//     both API pages share and a browser caches once; its address changes with its
//     content, so a host may cache it for ever;
//   - that script runs when the reader first reaches for the page (a pointer over
//     it, a touch, a key, focus) or at once when the address names a view
//     (`#/promo-codes/...`), not on load: the prerendered overview and sidebar are
//     readable without it, and a phone's CPU spends seconds hydrating the whole
//     reference (Lighthouse's mobile total blocking time was 1.3-5.6 s). A button
//     the reader pressed before Redoc ran is pressed again once it has;
//   - the page's own module (the API's definition and the call to hydrate) is a
//     file beside it, so the page holds no inline script but Redoc's colour-mode
//     snippet, and the policy can say `script-src 'self'`;
//   - the prerendered sidebar links are hash routes (`#/promo-codes`), the routes
//     Redoc's client navigates with, so a link works copied, opened in a new tab,
//     before the script has run and without JavaScript (the prerender writes
//     `/promo-codes`, which a static host answers with a 404);
//   - what Redoc's markup lacks for assistive technology is added by the module
//     once Redoc has rendered, and again whenever it renders anew: the sidebar is
//     a navigation landmark, a button whose label hides its visible text (the
//     media type menu) is named with both, and a heading that skips a level
//     (an operation's h4 "Security" under its h2) is announced one level deeper
//     than the heading before it;
//   - Redoc's search probes whether it may compile code (`Function(...)`) to run
//     its index in a worker; the policy refuses it, Redoc then indexes on the page,
//     and the browser reports a policy violation on every load. The probe is
//     answered "no" in the script, so the outcome is the same without the report;
//   - no header offers Redoc's "page actions" (copy the operation as Markdown and
//     YAML; PAGE_ACTIONS below says why);
//   - the Redocly logo, which Redoc loads from a CDN once running, is an empty
//     image of a fixed 1×1 size (an SVG without one is drawn 300 px wide and
//     pushes the sidebar's colour-mode and layout buttons out of the footer).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

const CDN_SCRIPT = /https:\/\/cdn\.redocly\.com\/redoc\/v[0-9A-Za-z.-]+\/bundles\/redoc\.standalone\.js/;
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const BLANK_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
// Matched loosely on the minified names; a Redoc whose probe reads otherwise keeps it (and the report).
const EVAL_PROBE = /try\{return [\w$]+\._factory\?\?=Function\([\w$]+\),!0\}catch\{return!1\}/g;
// Every header Redoc's client builds asks for its "page actions" (a Copy button
// and menu that copy the operation as Markdown with a slice of the spec as YAML,
// 16 KB for createPromoCode, and offer it to chat assistants): not what a reader
// reaching for "Copy" beside an operation expects, and the samples have their
// own copy buttons. Matched loosely; a Redoc that writes it otherwise keeps them,
// which test/docs/docs.test.ts reports.
const PAGE_ACTIONS = /showPageActions:!0/g;
const REDOC_SCRIPT = new URL("../../node_modules/@redocly/cli/lib/chunks/redoc.standalone.js", import.meta.url);

/** Redoc's script as the site serves it, and the name it has there. */
export async function sharedRedocScript(): Promise<{ name: string; text: string }> {
  const text = (await readFile(REDOC_SCRIPT, "utf8")).replace(CDN_LOGO, BLANK_IMAGE).replace(EVAL_PROBE, "return!1").replace(PAGE_ACTIONS, "showPageActions:!1");
  return { name: `redoc-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.js`, text };
}

// Replaces redocly's import of Redoc and its call to hydrate. Each listener is
// removed once Redoc starts; the replayed press is the last one, found by its
// position among the page's buttons, and only while the view is the one it was
// pressed in (Redoc hydrates the markup that was pressed; another view's differs).
const loadOnDemand = (redocScript: string) => `
const redocRoot = document.getElementById("redoc");
const INTENT = ["pointerover", "pointerdown", "touchstart", "keydown", "focusin", "hashchange"];
let redocStarted = false;
let pressedBeforeRedoc = -1;
let viewAtPress = "";
const rememberPress = (event) => {
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (!button || !redocRoot.contains(button)) return;
  pressedBeforeRedoc = [...redocRoot.querySelectorAll("button")].indexOf(button);
  viewAtPress = location.hash;
};
const startRedoc = async () => {
  if (redocStarted) return;
  redocStarted = true;
  for (const type of INTENT) removeEventListener(type, startRedoc, true);
  const { hydrate } = await import(${JSON.stringify(redocScript)});
  await hydrate(__redoc_definition, __redoc_options, redocRoot);
  removeEventListener("click", rememberPress, true);
  redocRoot.dataset.redoc = "started";
  if (pressedBeforeRedoc >= 0 && viewAtPress === location.hash) setTimeout(() => redocRoot.querySelectorAll("button")[pressedBeforeRedoc]?.click(), 0);
};
addEventListener("click", rememberPress, true);
// Fetched, not run, once the page has loaded and the browser is idle, so that the first reach waits for no download.
const prefetchRedoc = () => {
  const link = document.createElement("link");
  link.rel = "prefetch";
  link.href = ${JSON.stringify(redocScript)};
  document.head.append(link);
};
addEventListener("load", () => (self.requestIdleCallback ?? setTimeout)(prefetchRedoc), { once: true });
if (location.hash.length > 2) startRedoc();
else for (const type of INTENT) addEventListener(type, startRedoc, { capture: true, passive: true });
`;

// Appended to the page's module. Bounded: one query per batch of DOM changes.
const ACCESSIBILITY = `
const labelRedoc = () => {
  const menu = redocRoot.querySelector(".menu-content");
  if (menu && menu.getAttribute("role") !== "navigation") {
    menu.setAttribute("role", "navigation");
    menu.setAttribute("aria-label", "API reference");
  }
  for (const button of redocRoot.querySelectorAll("button[aria-label]")) {
    const label = button.getAttribute("aria-label");
    const text = button.textContent.trim();
    if (text && !label.toLowerCase().includes(text.toLowerCase())) button.setAttribute("aria-label", label + ": " + text);
  }
  let previous = 1;
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const own = Number(heading.tagName.slice(1));
    const level = own > previous + 1 ? previous + 1 : own;
    if (level !== own) heading.setAttribute("aria-level", String(level));
    else heading.removeAttribute("aria-level");
    previous = level;
  }
};
labelRedoc();
new MutationObserver(labelRedoc).observe(redocRoot, { childList: true, subtree: true, characterData: true });
`;

// The module redocly writes: an import of Redoc from the CDN, then the definition and the hydrate call.
const MODULE = /<script type="module">([\s\S]*?)<\/script>/g;
const IMPORT = /^\s*import \{ hydrate \} from\s*"([^"]*)";?[ \t]*$/gm;
const HYDRATE = /^\s*hydrate\(__redoc_definition, __redoc_options, document\.getElementById\('redoc'\)\);?[ \t]*$/gm;
const PRELOAD = /<link rel="modulepreload" href="https:\/\/cdn\.redocly\.com\/[^"]*"[^>]*\/>/g;

export interface SitePageParts {
  /** The address of the shared Redoc script, relative to the page. */
  redocScript: string;
  /** The file name the page's own module gets, beside the page. */
  moduleName: (text: string) => string;
  /** HTML put first in <head> after the charset (meta description, the site's style). */
  head: string;
  /** HTML put first in <body> (the site's navigation). */
  body: string;
}

/** The page and its module, or an error naming what redocly's output no longer looks like. */
export function sitePage(html: string, parts: SitePageParts): { html: string; module: { name: string; text: string } } {
  const modules = [...html.matchAll(MODULE)];
  const preloads = html.match(PRELOAD) ?? [];
  if (modules.length !== 1 || preloads.length !== 1 || !/hydrate\(__redoc_definition\b/.test(modules[0]![1]!)) {
    throw new Error(`redocly's page holds ${modules.length} module scripts and ${preloads.length} CDN preloads where one of each was expected: a new redocly whose page docs/redoc-page.ts must learn`);
  }
  const redocly = modules[0]![1]!;
  const imports = [...redocly.matchAll(IMPORT)];
  const calls = redocly.match(HYDRATE) ?? [];
  if (imports.length !== 1 || !CDN_SCRIPT.test(imports[0]![1]!) || calls.length !== 1) {
    throw new Error(`redocly's page module imports ${JSON.stringify(imports.map((match) => match[1]))} and calls hydrate ${calls.length} times, where it imported Redoc's script alone and called it once: a new redocly whose page docs/redoc-page.ts must learn`);
  }
  const moduleText = redocly.replace(IMPORT, "").replace(HYDRATE, () => loadOnDemand(parts.redocScript)) + ACCESSIBILITY;
  const otherImport = /^\s*import\b[^\n]*/m.exec(moduleText);
  if (otherImport) throw new Error(`redocly's page module also holds ${JSON.stringify(otherImport[0].trim().slice(0, 120))}: a new redocly whose page docs/redoc-page.ts must learn`);
  const moduleName = parts.moduleName(moduleText);
  const page = html
    .replace(modules[0]![0], () => `<script type="module" src="${moduleName}"></script>`)
    // The same landmark in the prerendered page, for a reader without JavaScript.
    .replace(/(<div class="[^"]*\bmenu-content")/, '$1 role="navigation" aria-label="API reference"');
  // Only the prerendered markup: the definition is in the module file by now.
  const start = page.indexOf('<div id="redoc">');
  if (start < 0) throw new Error('redocly\'s page has no <div id="redoc">');
  return {
    html: (page.slice(0, start) + page.slice(start).replace(/\bhref="\/(?!\/)/g, 'href="#/'))
      .replace(preloads[0]!, "")
      .replace(/<meta charset="[^"]*"\s*\/?>/, (charset) => `${charset}${parts.head}`)
      .replace("<body>", () => `<body>${parts.body}`),
    module: { name: moduleName, text: moduleText },
  };
}
