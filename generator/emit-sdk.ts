import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { OpenApiDocument } from "./bundle.js";
import { preferredMedia, printLiteral } from "./emit-fixtures.js";
import type { ApiModel, OperationModel } from "./model.js";
import { jsDocText, literal, propertyKey, toIdentifier } from "./names.js";
import { ShapeCompiler } from "./shapes.js";
import { readWireFormat } from "../runtime/wire-format.js";
import type { ApiDescription, OperationDescription } from "../runtime/client/core.js";

const template = Handlebars.compile(readFileSync(new URL("./templates/sdk.hbs", import.meta.url), "utf8"), { noEscape: true, strict: true });

/** `brand` → `Brand`, `colliding-names` → `CollidingNames`. */
export function clientName(apiName: string): string {
  const identifier = toIdentifier(apiName).replace(/_+$/, "");
  return identifier.charAt(0).toUpperCase() + identifier.slice(1);
}

function operationType(operation: OperationModel): string {
  return `paths[${literal(operation.path)}][${literal(operation.method)}]`;
}

export function operationDoc(operation: OperationModel): string[] {
  const lines: string[] = [];
  if (operation.summary) lines.push(...jsDocText(operation.summary).split("\n"));
  if (operation.description && operation.description.trim() !== operation.summary?.trim()) {
    if (lines.length) lines.push("");
    lines.push(...jsDocText(operation.description).split("\n"));
  }
  if (lines.length) lines.push("");
  lines.push(`\`${operation.method.toUpperCase()} ${jsDocText(operation.path)}\``);
  if (operation.deprecated) lines.push("@deprecated The API marks this operation as deprecated.");
  return lines.map((line) => line.trimEnd());
}

function bodyEncoding(operation: OperationModel): OperationDescription["body"] {
  const content = operation.requestBody?.content ?? [];
  if (content.some((media) => media.mediaType === "application/x-www-form-urlencoded")) return "form";
  if (content.some((media) => /^application\/(.+\+)?json$/.test(media.mediaType))) return "json";
  return undefined;
}

export function describeApi(document: OpenApiDocument, model: ApiModel): { description: ApiDescription; paged: Array<{ name: string; itemsKey: string; operation: OperationModel }> } {
  const compiler = new ShapeCompiler(document);
  const operations: Record<string, OperationDescription> = {};
  const paged: Array<{ name: string; itemsKey: string; operation: OperationModel }> = [];
  for (const operation of model.operations) {
    const success: Record<string, OperationDescription["success"][string]> = {};
    for (const response of operation.responses.filter((candidate) => /^2(\d\d|XX)$/.test(candidate.status))) {
      const media = preferredMedia(response.content);
      success[response.status] = media ? compiler.shapeOf(media.schema) : null;
    }
    const ok = success["200"];
    const itemsKey = ok ? compiler.pageItemsKey(ok) : undefined;
    const body = bodyEncoding(operation);
    operations[operation.name] = {
      method: operation.method.toUpperCase() as OperationDescription["method"],
      path: operation.path,
      ...(body ? { body } : {}),
      success,
      ...(itemsKey ? { pageItems: itemsKey } : {}),
    };
    if (itemsKey) paged.push({ name: operation.name, itemsKey, operation });
  }
  const encoding = document["x-query-array-encoding"] as { style?: string; explode?: boolean } | undefined;
  const wire = readWireFormat(document);
  const servers = (document.servers as Array<{ url: string }> | undefined) ?? [];
  return {
    description: {
      server: servers[0]?.url ?? "https://example.invalid",
      ...(wire ? { wire } : {}),
      queryArrays: { style: (encoding?.style ?? "form") as ApiDescription["queryArrays"]["style"], explode: encoding?.explode ?? true },
      operations,
      shapes: Object.fromEntries(Object.entries(compiler.shapes).sort(([a], [b]) => a.localeCompare(b))),
    },
    paged,
  };
}

/** A method of the client interface, on one line if it fits in 120 columns, else as prettier breaks it. */
function methodSignature(name: string): string {
  const type = `O[${literal(name)}]`;
  const parameters = `...init: CallArgs<${type}>`;
  const result = `ApiPromise<SuccessBody<${type}>>`;
  const line = `  ${propertyKey(name)}(${parameters}): ${result};`;
  return line.length <= 120 ? line : `  ${propertyKey(name)}(\n    ${parameters}\n  ): ${result};`;
}

/** `sdk.ts`: the behaviour client (auth, wire format, errors, retries, paging) over the runtime core. */
export function emitSdk(document: OpenApiDocument, model: ApiModel, apiName: string, runtimeImport: string, header: string): string {
  const { description, paged } = describeApi(document, model);
  return template({
    header,
    runtime: runtimeImport,
    name: clientName(apiName),
    title: jsDocText(`${model.title} ${model.version}`.trim()),
    description: printLiteral(description, 0, "const description: ApiDescription = ".length, 1),
    operations: model.operations.map((operation) => ({
      key: propertyKey(operation.name),
      operationType: operationType(operation),
      doc: operationDoc(operation),
      signature: methodSignature(operation.name),
    })),
    paged: paged.length ? paged.map((entry) => ({ key: propertyKey(entry.name), nameLiteral: literal(entry.name), itemsKey: literal(entry.itemsKey) })) : undefined,
  });
}
