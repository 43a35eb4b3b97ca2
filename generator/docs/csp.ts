// The Content-Security-Policy every page of the site carries, as a <meta> first
// in <head> (a static host may send no headers). Scripts run only from the
// site's own files (Redoc's shared script and each API page's module) or when
// their hash is listed: Redoc's colour-mode snippet, whose hash is taken from the
// built page; nothing on our own pages. Nothing loads from another origin, no form is
// sent, no plugin or frame runs. A script that got past the spec's sanitizing
// (safe-markdown.ts) is refused by the browser, in the page and in an
// `<iframe srcdoc>`, which inherits the policy.
//
// Styles stay inline-allowed on Redoc's page: its styling library writes
// <style> elements and style attributes at run time. With nothing fetched from
// elsewhere (img-src, font-src, connect-src), CSS can show but not send.
import { createHash } from "node:crypto";

const BASE = ["default-src 'none'", "base-uri 'none'", "form-action 'none'", "object-src 'none'", "frame-src 'none'", "img-src 'self' data:"];

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

function withPolicy(html: string, policy: string): string {
  if (!html.includes("<head>")) throw new Error("the page has no <head> to hold its Content-Security-Policy");
  return html.replace("<head>", `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`);
}

// The script elements of a page we built, as a browser's tokenizer ends them: at
// the first `</script` followed by a space, `/` or `>`.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script[\s/>]/gi;

/**
 * Redoc's page with its policy. The page must hold exactly Redoc's colour-mode
 * snippet, inline, and the page's module, a file of the site beside the page
 * (redoc-page.ts): any other script, or one loaded from elsewhere, means the
 * spec's text reached the page unsanitized, and the build stops rather than
 * allow it.
 */
export function redocPageWithPolicy(html: string): string {
  const scripts = [...html.matchAll(SCRIPT)].map((match) => ({ attributes: match[1]!, text: match[2]! }));
  const expected =
    scripts.length === 2 &&
    scripts[0]!.text.includes("redoc.colorMode") &&
    !/\bsrc\s*=/i.test(scripts[0]!.attributes) &&
    /^ type="module" src="[\w.-]+\.js"$/.test(scripts[1]!.attributes) &&
    scripts[1]!.text === "";
  if (!expected) {
    throw new Error(`Redoc's page holds ${scripts.length} scripts where its colour-mode snippet and its own module were expected: a script from the spec, or a new Redoc whose page docs/csp.ts must learn`);
  }
  const policy = [...BASE, `script-src 'self' ${sha256(scripts[0]!.text)}`, "style-src 'unsafe-inline'", "font-src 'self' data:", "connect-src 'self'", "worker-src 'self' blob:"];
  return withPolicy(html, policy.join("; "));
}

/**
 * One of our own pages (landing, changelog): no script at all, and only its own
 * inline styles. `connect-src 'self'` lets a tool working in the page fetch from
 * the site (Lighthouse asks for /robots.txt that way); with no script, the page
 * itself connects nowhere.
 */
export function ownPageWithPolicy(html: string): string {
  if (/<script\b/i.test(html)) throw new Error("our own pages hold no script");
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]!));
  return withPolicy(html, [...BASE, `style-src ${styles.length ? styles.join(" ") : "'none'"}`, "connect-src 'self'"].join("; "));
}

/**
 * The "Try it" page: its one script, a module of the site's own (try-it.ts,
 * and the mock chunk it imports), its own inline styles, and connections to
 * the site, the mock's made-up origin (answered by the service worker, never
 * by a network) and each API's own server. Those origins are the only places
 * the reader's credentials can go; `form-action 'none'` keeps a form sent
 * without the script from going anywhere.
 */
export function tryPageWithPolicy(html: string, origins: string[]): string {
  const scripts = [...html.matchAll(SCRIPT)];
  if (scripts.length !== 1 || !/^ type="module" src="assets\/[\w.-]+\.js"$/.test(scripts[0]![1]!) || scripts[0]![2] !== "") {
    throw new Error(`the Try it page holds ${scripts.length} scripts where only its own module was expected`);
  }
  for (const origin of origins) {
    if (!/^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?$/.test(origin)) throw new Error(`the Try it page cannot connect to ${JSON.stringify(origin)}: not an http(s) origin`);
  }
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]!));
  return withPolicy(html, [...BASE, "script-src 'self'", "worker-src 'self'", `style-src ${styles.join(" ")}`, `connect-src 'self' ${[...new Set(origins)].join(" ")}`].join("; "));
}
