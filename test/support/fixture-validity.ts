// Every fixture of a generated folder checked in full against its schema, by
// ajv alone, and against openapi-typescript's type. The generator checks with
// an interpreting validator (@cfworker/json-schema) and only what synthesis does
// not vouch for: this is a second opinion, on specs nobody here wrote, that
// nothing invalid gets through either way.
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { preferredMedia } from "../../generator/emit-fixtures.js";
import { FixtureCheck } from "../../generator/fixture-check.js";
import { buildModel } from "../../generator/model.js";
import { sanitizeSchemas } from "../../generator/sanitize.js";

type Lists = Record<string, unknown[]>;

/** The fixtures of `folder` that are not valid, each as `list[index]: problem` (at most `limit`). */
export async function invalidFixtures(folder: string, limit = 20): Promise<string[]> {
  const read = async (file: string) => JSON.parse(await readFile(path.join(folder, file), "utf8")) as unknown;
  // A spec with x-wire-format publishes its wire view as openapi.json; the fixtures are made from the clean one.
  const document = (await read("openapi.clean.json").catch(() => read("openapi.json"))) as OpenApiDocument;
  // The generator made its fixtures from the sanitized document, as it is after the bundle is published.
  sanitizeSchemas(document);
  const requests = (await read("fixtures/requests.json")) as Record<string, Array<Record<string, any>>>;
  const responses = (await read("fixtures/responses.json")) as Record<string, Lists>;
  const schemas = (await read("fixtures/schemas.json")) as Lists;
  const check = new FixtureCheck(document, { ajvOnly: true });
  const problems: string[] = [];
  const expect = (where: string, schema: unknown, value: unknown) => {
    if (problems.length >= limit) return;
    const result = check.check(schema, value);
    if (result.valid !== true) problems.push(`${where}: ${result.problem}`);
  };
  const components = (document.components?.schemas ?? {}) as Record<string, unknown>;
  for (const [name, list] of Object.entries(schemas)) list.forEach((value, index) => expect(`schemas.${name}[${index}]`, components[name], value));
  for (const operation of buildModel(document).operations) {
    const body = operation.requestBody ? preferredMedia(operation.requestBody.content) : undefined;
    (requests[operation.name] ?? []).forEach((request, index) => {
      const where = `requests.${operation.name}[${index}]`;
      for (const parameter of operation.parameters) {
        const value = request[parameter.in]?.[parameter.name];
        // A parameter described by `content` travels serialized (a string), not as an instance of its schema.
        if (value !== undefined && !parameter.serialized) expect(`${where}.${parameter.in}.${parameter.name}`, parameter.schema, value);
      }
      if (body && request.body !== undefined) expect(`${where}.body`, body.schema, request.body);
    });
    for (const response of operation.responses) {
      const media = preferredMedia(response.content);
      (responses[operation.name]?.[response.status] ?? []).forEach((value, index) => {
        if (media) expect(`responses.${operation.name}.${response.status}[${index}]`, media.schema, value);
      });
    }
  }
  return problems;
}
