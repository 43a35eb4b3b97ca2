import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ApiModel } from "./model.js";
import { jsDocText, literal, propertyKey } from "./names.js";

const template = (name: string) =>
  Handlebars.compile(readFileSync(new URL(`./templates/${name}.hbs`, import.meta.url), "utf8"), { noEscape: true, strict: true });
const clientTemplate = template("client");
const indexTemplate = template("index");

export function emitClient(model: ApiModel, header: string): string {
  const operations = model.operations.map((operation) => {
    const lines: string[] = [];
    if (operation.summary) lines.push(...jsDocText(operation.summary).split("\n"));
    if (operation.description && operation.description.trim() !== operation.summary?.trim()) {
      if (lines.length) lines.push("");
      lines.push(...jsDocText(operation.description).split("\n"));
    }
    if (lines.length) lines.push("");
    lines.push(`\`${operation.method.toUpperCase()} ${jsDocText(operation.path)}\``);
    if (operation.deprecated) lines.push("@deprecated The API marks this operation as deprecated.");
    return {
      key: propertyKey(operation.name),
      pathLiteral: literal(operation.path),
      method: operation.method.toUpperCase(),
      doc: lines.map((line) => line.trimEnd()),
    };
  });
  return clientTemplate({ header, title: jsDocText(`${model.title} ${model.version}`.trim()), operations });
}

export function emitIndex(header: string): string {
  return indexTemplate({ header });
}
