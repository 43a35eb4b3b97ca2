// Turns the page `redocly build-docs` writes (without --inlineBundle, so it
// imports Redoc from Redocly's CDN) into the site's page:
//   - Redoc's 2.3 MB script is one file of the site, assets/redoc-<hash>.js, which
//     both API pages share and a browser caches once; its address changes with its
//     content, so a host may cache it for ever;
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
//   - the Redocly logo, which Redoc loads from a CDN once running, is an empty
//     image of a fixed 1×1 size (an SVG without one is drawn 300 px wide and
//     pushes the sidebar's colour-mode and layout buttons out of the footer).
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";

const CDN_SCRIPT = /https:\/\/cdn\.redocly\.com\/redoc\/v[0-9A-Za-z.-]+\/bundles\/redoc\.standalone\.js/g;
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const BLANK_IMAGE = "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='1' height='1'/%3E";
// Matched loosely on the minified names; a Redoc whose probe reads otherwise keeps it (and the report).
const EVAL_PROBE = /try\{return [\w$]+\._factory\?\?=Function\([\w$]+\),!0\}catch\{return!1\}/g;
const REDOC_SCRIPT = new URL("../../node_modules/@redocly/cli/lib/chunks/redoc.standalone.js", import.meta.url);

/** Redoc's script as the site serves it, and the name it has there. */
export async function sharedRedocScript(): Promise<{ name: string; text: string }> {
  const text = (await readFile(REDOC_SCRIPT, "utf8")).replace(CDN_LOGO, BLANK_IMAGE).replace(EVAL_PROBE, "return!1");
  return { name: `redoc-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.js`, text };
}

// Appended to the page's module. Bounded: one query per batch of DOM changes.
const ACCESSIBILITY = `
const redocRoot = document.getElementById("redoc");
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
  const moduleText = modules[0]![1]!.replace(CDN_SCRIPT, parts.redocScript) + ACCESSIBILITY;
  const imports = [...moduleText.matchAll(/^\s*import\b[^\n]*?from\s*"([^"]*)"/gm)].map((match) => match[1]);
  if (imports.length !== 1 || imports[0] !== parts.redocScript) throw new Error(`redocly's page module imports ${JSON.stringify(imports)}, not Redoc's script alone: a new redocly whose page docs/redoc-page.ts must learn`);
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
      .replace(preloads[0]!, () => `<link rel="modulepreload" href="${parts.redocScript}">`)
      .replace(/<meta charset="[^"]*"\s*\/?>/, (charset) => `${charset}${parts.head}`)
      .replace("<body>", () => `<body>${parts.body}`),
    module: { name: moduleName, text: moduleText },
  };
}
