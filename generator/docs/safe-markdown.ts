// A spec's Markdown made safe for Redoc, which renders it with markdown-it and
// passes raw HTML through. Each top-level block of the Markdown (as marked
// splits it) either stays as written or becomes sanitized HTML:
//
// - A block with no `<`, `[` or `{%` stays Markdown. Without them no Markdown
//   parser can find HTML, an autolink, a link, an image or a Markdoc tag in it,
//   so marked and markdown-it need not agree on anything else; the spec's
//   headings, lists and code keep Redoc's own rendering (and its menu).
// - Any other block is rendered by marked and passed through sanitize-html with
//   the allowlist below: no script, style, frame, form or event attribute; links
//   only to http(s), mailto and the page itself; images only from `data:` (the
//   site holds no file of the spec's, and nothing is loaded from elsewhere). The
//   result goes to Redoc as one HTML block on one line between blank lines, so
//   markdown-it passes it on whole and reads no Markdown inside it.
//
// The page's Content-Security-Policy (csp.ts) stands behind this: what a
// sanitizer missed still could not run a script or load from another origin.
import { Marked, type Token, type TokensList } from "marked";
import sanitizeHtml from "sanitize-html";

const marked = new Marked({ gfm: true });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["p", "div", "span", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "kbd", "samp", "var", "sub", "sup", "small"],
    ...["em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "abbr", "cite", "q", "dfn", "time"],
    ...["ul", "ol", "li", "dl", "dt", "dd", "details", "summary", "a", "img"],
    ...["table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col"],
  ],
  allowedAttributes: { a: ["href", "title"], img: ["src", "alt", "title", "width", "height"], th: ["align", "colspan", "rowspan"], td: ["align", "colspan", "rowspan"], ol: ["start"], abbr: ["title"], time: ["datetime"] },
  allowedClasses: { code: ["language-*"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["data"] },
  allowProtocolRelative: false,
  // Removed with everything inside them, not unwrapped to text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "iframe", "object", "embed", "template", "svg", "math", "title", "xmp", "noembed", "noframes", "plaintext"],
  disallowedTagsMode: "discard",
  transformTags: {
    // An image from anywhere but `data:` is left as its alternative text.
    img: (tagName, attribs) => (/^data:image\//i.test(attribs.src ?? "") ? { tagName, attribs } : { tagName: "span", attribs: {}, text: attribs.alt ?? "" }),
  },
};

/** Relative and same-page links are the site's own; sanitize-html keeps them, which is what is wanted. */
const NEEDS_SANITIZING = /<|\[|\{%/;

function asHtmlBlock(tokens: Token[], links: TokensList["links"]): string {
  const list = Object.assign([...tokens], { links }) as TokensList;
  const html = sanitizeHtml(marked.parser(list, { async: false }), SANITIZE);
  // One line, so markdown-it ends the block nowhere inside it; `{` so no Markdoc tag starts inside it.
  const line = html.replace(/\r/g, "&#13;").replace(/\n/g, "&#10;").replace(/\{/g, "&#123;");
  return line ? `\n\n<div>${line}</div>\n\n` : "\n\n";
}

/** `markdown` with every part that could hold HTML, a link or an image sanitized. */
export function safeMarkdown(markdown: string): string {
  if (!NEEDS_SANITIZING.test(markdown)) return markdown;
  const tokens = marked.lexer(markdown);
  return tokens.map((token) => (NEEDS_SANITIZING.test(token.raw) ? asHtmlBlock([token], tokens.links) : token.raw)).join("");
}
