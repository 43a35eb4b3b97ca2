import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ApiModel } from "./model.js";
import { operationDoc } from "./emit-sdk.js";
import { jsDocText, literal, propertyKey } from "./names.js";

const template = (name: string) =>
  Handlebars.compile(readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), "utf8"), { noEscape: true, strict: true });
const clientTemplate = template("client");
const indexTemplate = template("index");

const JSON_MEDIA = /^application\/(?:[\w.+-]+\+)?json(?:;|$)/i;

/**
 * Whether every response body the spec documents is JSON: then the client asks
 * for JSON on every request. openapi-fetch sends no `Accept`, and a service may
 * answer another format when none is asked for (impact.com answers XML), which
 * the types, made from the JSON schemas, would not describe. A spec that also
 * documents other media types keeps fetch's default.
 */
export function answersOnlyJson(model: ApiModel): boolean {
  const media = model.operations.flatMap((operation) => operation.responses.flatMap((response) => response.content.map((content) => content.mediaType)));
  return media.length > 0 && media.every((type) => JSON_MEDIA.test(type));
}

export function emitClient(model: ApiModel, header: string): string {
  const operations = model.operations.map((operation) => ({
    key: propertyKey(operation.name),
    pathLiteral: literal(operation.path),
    method: operation.method.toUpperCase(),
    doc: operationDoc(operation),
  }));
  return clientTemplate({ header, title: jsDocText(`${model.title} ${model.version}`.trim()), operations, acceptJson: answersOnlyJson(model) });
}

export function emitIndex(header: string, runtimeImport: string): string {
  return indexTemplate({ header, runtime: runtimeImport });
}
