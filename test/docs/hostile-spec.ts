// A spec written to attack its reference docs: every field Redoc shows carries a
// probe. A probe that runs sets `window.pwned` (or the page title) to its field's
// name; one that loads something asks another origin (127.0.0.2, port 9) for a
// path naming its field. A safe site runs none of them and asks for none.

const OFFSITE = "http://127.0.0.2:9";

/** HTML and Markdown that would run a script or load a remote resource, labelled with `field`. */
export function probe(field: string): string {
  const mark = `window.pwned=(window.pwned||[]).concat(${JSON.stringify(field)});document.title='pwned'`;
  const parentMark = mark.replace(/window\./g, "parent.").replace("document.title", "parent.document.title");
  return [
    `${field} <iframe srcdoc="<script>${parentMark.replace(/"/g, "&quot;")}</script>"></iframe>`,
    `<img src="${OFFSITE}/img/${field}" onerror="${mark.replace(/"/g, "&quot;")}">`,
    `<script>${mark}</script>`,
    `![remote](${OFFSITE}/md-image/${field}.png) [link](javascript:${encodeURIComponent(mark)})`,
    `<a href="javascript:${mark.replace(/"/g, "&quot;")}">js</a> <svg><image href="${OFFSITE}/svg/${field}"/></svg>`,
    `<style>@import url(${OFFSITE}/css/${field});</style><link rel="stylesheet" href="${OFFSITE}/link/${field}">`,
    `<object data="${OFFSITE}/object/${field}"></object><embed src="${OFFSITE}/embed/${field}"><video src="${OFFSITE}/video/${field}"></video>`,
    `<form action="${OFFSITE}/form/${field}"><button formaction="javascript:${mark.replace(/"/g, "&quot;")}">go</button></form>`,
  ].join("\n\n");
}

export function hostileSpec(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: `Hostile API </title><script>window.pwned=['info.title']</script> ${probe("info.title")}`.slice(0, 600),
      version: `1</title><script>window.pwned=['info.version']</script>`,
      summary: probe("info.summary"),
      // The refresh would leave the page: the test sees it as a request to the other origin.
      description: `Intro.\n\n## Section heading\n\n${probe("info.description")}\n\n## Second <img src="${OFFSITE}/heading">\n\nText.\n\n<meta http-equiv="refresh" content="3;url=${OFFSITE}/refresh">`,
      termsOfService: `javascript:window.pwned='termsOfService'`,
      contact: { name: probe("contact.name"), url: `javascript:window.pwned='contact.url'`, email: "a@example.test" },
      license: { name: probe("license.name"), url: `javascript:window.pwned='license.url'` },
      "x-logo": { url: `${OFFSITE}/logo.png`, href: `javascript:window.pwned='x-logo.href'`, altText: probe("x-logo.altText") },
    },
    externalDocs: { url: `javascript:window.pwned='externalDocs.url'`, description: probe("externalDocs.description") },
    tags: [{ name: "Things", description: probe("tag.description"), "x-displayName": probe("tag.x-displayName"), externalDocs: { url: `${OFFSITE}/tag-docs`, description: probe("tag.externalDocs.description") } }],
    security: [{ basic: [] }],
    paths: {
      "/things/{Id}": {
        get: {
          operationId: "getThing",
          tags: ["Things"],
          summary: probe("operation.summary"),
          description: probe("operation.description"),
          externalDocs: { url: `javascript:window.pwned='operation.externalDocs.url'`, description: probe("operation.externalDocs.description") },
          parameters: [
            { name: "Id", in: "path", required: true, description: probe("parameter.description"), schema: { type: "integer", description: probe("parameter.schema.description") }, example: 1 },
            { name: "Mode", in: "query", description: probe("query.description"), schema: { type: "string", enum: ["A", "B"], "x-enumDescriptions": { A: probe("x-enumDescriptions.A"), B: "b" } } },
          ],
          responses: {
            "200": {
              description: probe("response.description"),
              headers: { "X-Rate": { description: probe("header.description"), schema: { type: "integer" } } },
              content: {
                "application/json": {
                  schema: { $ref: "#/components/schemas/Thing" },
                  examples: { one: { summary: probe("example.summary"), description: probe("example.description"), value: { Name: `<img src="${OFFSITE}/example-value">` } } },
                },
              },
            },
            "404": { description: probe("404.description") },
          },
        },
      },
    },
    components: {
      securitySchemes: { basic: { type: "http", scheme: "basic", description: probe("securityScheme.description") } },
      schemas: {
        Thing: {
          type: "object",
          title: probe("schema.title"),
          description: probe("schema.description"),
          properties: {
            Name: { type: "string", description: probe("property.description"), default: `<img src="${OFFSITE}/default">`, pattern: "^<img src=x>$" },
            Kind: { type: "string", enum: ["x"], description: probe("kind.description") },
          },
        },
      },
    },
  };
}
