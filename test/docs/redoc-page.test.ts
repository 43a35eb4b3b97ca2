// sitePage on the shape of page `redocly build-docs` writes: what it makes of
// redocly's module (Redoc run on the reader's first reach, no import left), and
// the one-line refusals when a new redocly writes something else.
import { describe, expect, it } from "vitest";
import { sitePage, type SitePageParts } from "../../generator/docs/redoc-page.js";

const CDN = "https://cdn.redocly.com/redoc/v3.0.1/bundles/redoc.standalone.js";
const PARTS: SitePageParts = { redocScript: "../assets/redoc-0123456789abcdef.js", moduleName: () => "redoc-page-x.js", head: "<!--head-->", body: "<!--body-->" };

function redoclyPage(module: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf8" /><link rel="modulepreload" href="${CDN}" crossorigin="anonymous" /></head><body><div id="redoc"><div class="menu-content"><a href="/promo-codes">Promo Codes</a></div></div><script type="module">${module}</script></body></html>`;
}
const MODULE = `
      import { hydrate } from "${CDN}";

      const __redoc_definition = {"openapi":"3.1.0"};
      const __redoc_options = {};

      hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));
`;

describe("sitePage", () => {
  it("runs Redoc from the site's copy on demand, prefetched, and leaves the page no import and no CDN address", () => {
    const { html, module } = sitePage(redoclyPage(MODULE), PARTS);
    expect(html).not.toContain("cdn.redocly.com");
    expect(html).not.toContain("modulepreload");
    expect(html).toContain('<script type="module" src="redoc-page-x.js"></script>');
    expect(html).toContain('href="#/promo-codes"');
    expect(module.text).not.toMatch(/^\s*import\b/m);
    expect(module.text).not.toMatch(/^\s*hydrate\(/m);
    expect(module.text).toContain(`await import("${PARTS.redocScript}")`);
    expect(module.text).toContain(`link.href = "${PARTS.redocScript}"`);
    expect(module.text).toContain('const __redoc_definition = {"openapi":"3.1.0"};');
    // What the loader is: a module a browser can parse.
    expect(() => new Function(module.text.replace(/await import\(/g, "(async () => 0)("))).not.toThrow();
  });

  it.each([
    ["imports from another address", MODULE.replace(CDN, "https://example.com/redoc.js"), /imports \["https:\/\/example\.com\/redoc\.js"\]/],
    ["calls hydrate twice", MODULE + "      hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));\n", /calls hydrate 2 times/],
    ["imports something more", `      import { telemetry } from "https://cdn.redocly.com/t.js";\n${MODULE}`, /also holds "import \{ telemetry \} from/],
  ])("refuses a module that %s, naming what it found", (_, module, message) => {
    expect(() => sitePage(redoclyPage(module), PARTS)).toThrow(message);
  });
});
