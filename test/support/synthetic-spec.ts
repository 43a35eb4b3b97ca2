// A synthetic OpenAPI 3.1 document with any number of operations, for the
// generator's scale tests and the benchmark. Every four operations form one
// resource (list, create, get, delete) with its own schemas, an enum and a
// nested object, so the work per operation resembles a real API's.

export function buildSyntheticSpec(operationCount: number): Record<string, unknown> {
  if (operationCount < 1) throw new RangeError("operationCount must be at least 1");
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      required: ["message"],
      properties: { message: { type: "string", description: "What went wrong." } },
    },
    Status: { type: "string", enum: ["ACTIVE", "PAUSED", "CLOSED"], description: "A resource's state." },
  };
  const errors = {
    "400": { description: "Bad request.", content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } },
  };
  const resources = Math.ceil(operationCount / 4);
  let emitted = 0;
  for (let index = 1; index <= resources && emitted < operationCount; index += 1) {
    const name = `Resource${index}`;
    schemas[name] = {
      type: "object",
      required: ["id", "name", "status"],
      properties: {
        id: { type: "integer", format: "int64", minimum: 1, description: "The id." },
        name: { type: "string", maxLength: 255, description: "The name." },
        status: { $ref: "#/components/schemas/Status" },
        createdAt: { type: "string", format: "date-time", description: "When it was created." },
        score: { type: "number", minimum: 0, maximum: 100, description: "A score." },
        tags: { type: "array", items: { type: "string", pattern: "^[a-z]{3,8}$" }, description: "Tags." },
        owner: {
          type: "object",
          description: "Who owns it.",
          properties: { id: { type: "integer" }, email: { type: "string", format: "email" } },
        },
      },
    };
    schemas[`${name}Input`] = {
      type: "object",
      required: ["name"],
      properties: { name: { type: "string", minLength: 1, maxLength: 255 }, status: { $ref: "#/components/schemas/Status" } },
    };
    const item = { $ref: `#/components/schemas/${name}` };
    const collection: Record<string, unknown> = {};
    const member: Record<string, unknown> = {};
    const ops: Array<[Record<string, unknown>, string, Record<string, unknown>]> = [
      [
        collection,
        "get",
        {
          operationId: `list${name}s`,
          summary: `List ${name}s`,
          parameters: [{ name: "page", in: "query", schema: { type: "integer", minimum: 1 } }],
          responses: {
            "200": { description: "A page.", content: { "application/json": { schema: { type: "array", items: item } } } },
            ...errors,
          },
        },
      ],
      [
        collection,
        "post",
        {
          operationId: `create${name}`,
          summary: `Create a ${name}`,
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: `#/components/schemas/${name}Input` } } },
          },
          responses: { "201": { description: "Created.", content: { "application/json": { schema: item } } }, ...errors },
        },
      ],
      [
        member,
        "get",
        {
          operationId: `get${name}`,
          summary: `Get a ${name}`,
          responses: { "200": { description: "The item.", content: { "application/json": { schema: item } } }, ...errors },
        },
      ],
      [member, "delete", { operationId: `delete${name}`, summary: `Delete a ${name}`, responses: { "204": { description: "Deleted." }, ...errors } }],
    ];
    for (const [pathItem, method, operation] of ops) {
      if (emitted === operationCount) break;
      pathItem[method] = operation;
      emitted += 1;
    }
    paths[`/resources${index}`] = collection;
    if (Object.keys(member).length > 0) {
      member.parameters = [{ name: "id", in: "path", required: true, schema: { type: "integer", format: "int64" } }];
      paths[`/resources${index}/{id}`] = member;
    }
  }
  return {
    openapi: "3.1.0",
    info: { title: `Synthetic API with ${operationCount} operations`, version: "1.0.0" },
    servers: [{ url: "https://api.example.com" }],
    paths,
    components: { schemas },
  };
}
