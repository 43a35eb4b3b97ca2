// The copy of a spec that Redoc renders, with everything it would render as
// Markdown or HTML made safe (safe-markdown.ts) and everything it would load or
// link to from elsewhere removed. The published openapi.json keeps the spec as
// written; only the reference page is built from this copy.
//
// Markdown, wherever it is: every string under a `description` key (operations,
// parameters, schemas at any depth, responses, headers, tags, servers, security
// schemes, examples, external docs), `info.summary`, and the values of
// `x-enumDescriptions`. A string under `description` inside an example value is
// sanitized too: it costs an odd character in a shown example, where skipping
// by key could miss a schema property named `example` or `default`.
import { safeMarkdown } from "./safe-markdown.js";
import { isJsonObject } from "../../runtime/json-object.js";

type Json = Record<string, unknown>;

const LINK = /^(?:https?:|mailto:)/i;

function walk(node: unknown, seen: Set<object>): void {
  if (node === null || typeof node !== "object" || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const item of node) walk(item, seen);
    return;
  }
  const object = node as Json;
  for (const [key, value] of Object.entries(object)) {
    if (key === "description" && typeof value === "string") object[key] = safeMarkdown(value);
    else if (key === "x-enumDescriptions" && isJsonObject(value)) {
      for (const [name, text] of Object.entries(value)) if (typeof text === "string") value[name] = safeMarkdown(text);
    } else if ((key === "externalDocs" || key === "contact" || key === "license") && isJsonObject(value) && "url" in value && !(typeof value.url === "string" && LINK.test(value.url))) {
      delete value.url;
    }
    walk(object[key], seen);
  }
}

/** Makes `document` (a copy: it is changed in place) safe to hand to Redoc. */
export function safeForDocs(document: Json): Json {
  walk(document, new Set());
  const info = isJsonObject(document.info) ? document.info : undefined;
  if (info) {
    if (typeof info.summary === "string") info.summary = safeMarkdown(info.summary);
    if ("termsOfService" in info && !(typeof info.termsOfService === "string" && LINK.test(info.termsOfService))) delete info.termsOfService;
    // Redoc loads the logo from its URL: only one the page holds itself (data:) stays.
    const logo = info["x-logo"];
    if (logo !== undefined) {
      if (!isJsonObject(logo) || typeof logo.url !== "string" || !/^data:image\//i.test(logo.url)) delete info["x-logo"];
      else if ("href" in logo && !(typeof logo.href === "string" && LINK.test(logo.href))) delete logo.href;
    }
  }
  return document;
}
