import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ApiModel } from "./model.js";
import { operationDoc } from "./emit-sdk.js";
import { jsDocText, literal, propertyKey } from "./names.js";

const template = (name: string) =>
  Handlebars.compile(readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), "utf8"), { noEscape: true, strict: true });
const clientTemplate = template("client");
const indexTemplate = template("index");

export function emitClient(model: ApiModel, header: string): string {
  const operations = model.operations.map((operation) => ({
    key: propertyKey(operation.name),
    pathLiteral: literal(operation.path),
    method: operation.method.toUpperCase(),
    doc: operationDoc(operation),
  }));
  return clientTemplate({ header, title: jsDocText(`${model.title} ${model.version}`.trim()), operations });
}

export function emitIndex(header: string, runtimeImport: string): string {
  return indexTemplate({ header, runtime: runtimeImport });
}
