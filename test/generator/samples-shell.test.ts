// The curl samples as a shell reads them: each emitted command is run by bash
// with `curl` replaced by a function that prints its arguments, in a folder
// where any command smuggled in through the spec would leave a file. The spec's
// text (server URL, variable defaults, path, parameter and body values) must
// reach curl as exactly the strings intended, and run nothing.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../generator/bundle.js";
import { emitSamples } from "../../generator/emit-samples.js";
import type { RequestFixture } from "../../generator/emit-fixtures.js";
import { foreignSpecConfig } from "../../generator/load.js";
import { buildModel } from "../../generator/model.js";
import { generateApi } from "../../generator/pipeline.js";
import { isPlainFallback, shellQuote, shellWord } from "../../runtime/shell-words.js";

const run = promisify(execFile);
const ENV = { PATH: process.env.PATH ?? "/usr/bin:/bin", IMPACT_ACCOUNT_SID: "SID", IMPACT_AUTH_TOKEN: "TOKEN", HOME: "/nonexistent" };

// Each one would create a file named `pwned*` in the working folder if a shell ran any part of it.
const HOSTILE = [
  "$(touch pwned1)",
  "`touch pwned2`",
  `"; touch pwned3; "`,
  `'; touch pwned4; '`,
  "'\"'\"$(touch pwned5)\"'",
  "\ntouch pwned6\n",
  "x\\'$(touch pwned7)",
  "\x1b[201~\ntouch pwned8\n",
  "\x15touch pwned9\r\n",
  "${IFS}$(touch${IFS}pwned10)",
  "!!$HOME\u202e\u2028\u{e0001}\u0085\\",
  "-o/tmp/pwned11",
];

let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "impact-shell-"));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Runs `script` in bash with curl printing its argv (NUL-separated); returns those arguments. */
async function curlArguments(script: string, env: Record<string, string> = {}): Promise<string[]> {
  await run("bash", ["-n", "-c", script], { env: ENV });
  const { stdout } = await run("bash", ["--noprofile", "--norc", "-c", `curl() { printf '%s\\0' "$@"; }\n${script}`], { cwd: folder, env: { ...ENV, ...env } });
  return stdout.split("\0").slice(0, -1);
}

/** The curl sample of an operation, found by its label as Redoc finds it. */
function curlOf(samples: Record<string, Array<{ label: string; source: string }>>, operation: string): string {
  const sample = samples[operation]?.find((candidate) => candidate.label === "curl");
  if (!sample) throw new Error(`no curl sample for ${operation}`);
  return sample.source;
}

/** Fails naming any file a smuggled command left, and clears them for the next test. */
async function nothingRan(): Promise<void> {
  const left = await readdir(folder);
  for (const file of left) await rm(path.join(folder, file), { force: true });
  expect(left).toEqual([]);
}

describe("shell words", () => {
  it.each(HOSTILE.map((text) => [JSON.stringify(text), text]))("%s reaches the command as it is", async (_, text) => {
    const quoted = shellQuote(text);
    const word = shellWord([{ text: "https://h.test/" }, { variable: "IMPACT_ACCOUNT_SID" }, { text }]);
    const argv = await curlArguments(`curl ${quoted} ${word}`);
    await nothingRan();
    expect(argv).toEqual([text, `https://h.test/SID${text}`]);
  });

  it("gives a variable its fallback only where the fallback needs no quoting, and the reader's value wins", async () => {
    const word = shellWord([{ variable: "IMPACT_BASE_URL", fallback: "https://api.example.test:8443" }, { text: "/p q" }]);
    expect(word).toBe(`"\${IMPACT_BASE_URL:-https://api.example.test:8443}"'/p q'`);
    expect(await curlArguments(`curl ${word}`)).toEqual(["https://api.example.test:8443/p q"]);
    expect(await curlArguments(`curl ${word}`, { IMPACT_BASE_URL: "http://127.0.0.1:4010" })).toEqual(["http://127.0.0.1:4010/p q"]);
    for (const text of HOSTILE) {
      const parts = [{ variable: "IMPACT_BASE_URL", fallback: `https://h.test/${text}` }];
      // Plain URL text (`-o/tmp/pwned11`) is written as it is, inside the quotes; anything else is refused.
      if (isPlainFallback(parts[0]!.fallback)) expect(await curlArguments(`curl ${shellWord(parts)}`), text).toEqual([`https://h.test/${text}`]);
      else expect(() => shellWord(parts), text).toThrow(/not a plain fallback/);
    }
    expect(HOSTILE.filter((text) => !isPlainFallback(text)).length).toBeGreaterThan(10);
    await nothingRan();
  });

  it("writes no raw control or invisible character: pasted into a terminal, it would act before any quote", () => {
    for (const text of HOSTILE) expect(shellQuote(text)).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
  });
});

function hostileDocument(url: string, variable: string, pathText: string): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    servers: [{ url, variables: { AccountSID: { default: "unused" }, Region: { default: variable } } }],
    paths: {
      [`${pathText}/{Id}`]: {
        post: {
          operationId: "hostile",
          parameters: [
            { name: "Id", in: "path", required: true, schema: { type: "string" } },
            // Required: a sample sends only the parameters its task needs.
            { name: "q$(touch pwnedq)", in: "query", required: true, schema: { type: "string" } },
            { name: "X-Note", in: "header", required: true, schema: { type: "string" } },
            { name: "session", in: "cookie", required: true, schema: { type: "string" } },
          ],
          requestBody: { content: { "application/x-www-form-urlencoded": { schema: { type: "object", properties: { Code: { type: "string" } } } } } },
          responses: { "204": { description: "done" } },
        },
        put: {
          operationId: "hostileJson",
          parameters: [{ name: "Id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: { content: { "application/json": { schema: { type: "object" } } } },
          responses: { "204": { description: "done" } },
        },
      },
    },
  } as OpenApiDocument;
}

describe("the curl samples of a hostile spec", () => {
  it.each(HOSTILE.map((text, index) => [index, text]))("hostile text %i in every part of the request runs nothing and reaches curl as written", async (_, text) => {
    const server = `https://api.example.test/${text}/{AccountSID}/{Region}`;
    const pathText = `/p${text.replace(/[{}]/g, "")}`;
    const document = hostileDocument(server, text, pathText);
    const value = `v${text}`;
    const requests: Record<string, RequestFixture[]> = {
      hostile: [{ path: { Id: value }, query: { "q$(touch pwnedq)": [value, "2"] }, header: { "X-Note": value }, cookie: { session: value }, body: { Code: value, [`F${text}`]: "1" } }],
      hostileJson: [{ path: { Id: "1" }, body: { Code: value } }],
    };
    const { samples } = emitSamples(document, buildModel(document), requests, "t", "./index.js", "");
    const base = `https://api.example.test/${text}/SID/${text}${pathText}`;
    const encoded = encodeURIComponent(value);
    const form = await curlArguments(curlOf(samples, "hostile"));
    const json = await curlArguments(curlOf(samples, "hostileJson"));
    await nothingRan();
    expect(form).toEqual([
      "-X", "POST", "-G", "--url", `${base}/${encoded}`,
      "-u", "SID:TOKEN",
      "-H", "Accept: application/json",
      "-H", `X-Note: ${value}`,
      "-b", `session=${value}`,
      "--data-urlencode", `${encodeURIComponent("q$(touch pwnedq)")}=${value}`,
      "--data-urlencode", `${encodeURIComponent("q$(touch pwnedq)")}=2`,
      "--data-urlencode", `Code=${value}`,
      "--data-urlencode", `${encodeURIComponent(`F${text}`)}=1`,
    ]);
    expect(json).toEqual([
      "-X", "PUT", "--url", `${base}/1`, "-u", "SID:TOKEN", "-H", "Accept: application/json", "-H", "Content-Type: application/json", "--data-raw", JSON.stringify({ Code: value }),
    ]);
  }, 20_000);

  it("lets $IMPACT_BASE_URL replace the server's origin where the origin is plain, and never a hostile one", async () => {
    const plainServer = hostileDocument("https://api.example.test:8443/v1/{AccountSID}", "unused", "/x");
    const plainSamples = emitSamples(plainServer, buildModel(plainServer), { hostileJson: [{ path: { Id: "1" } }] }, "t", "./index.js", "").samples;
    expect((await curlArguments(curlOf(plainSamples, "hostileJson")))[3]).toBe("https://api.example.test:8443/v1/SID/x/1");
    expect((await curlArguments(curlOf(plainSamples, "hostileJson"), { IMPACT_BASE_URL: "http://127.0.0.1:4010" }))[3]).toBe("http://127.0.0.1:4010/v1/SID/x/1");
    expect(plainSamples.hostileJson!.find((sample) => sample.lang === "TypeScript")!.source).toContain('baseUrl: process.env.IMPACT_BASE_URL || "https://api.example.test:8443",');
    // A host of such text needs quoting: it is never put inside "${IMPACT_BASE_URL:-…}".
    for (const text of HOSTILE.filter((candidate) => !isPlainFallback(candidate))) {
      const document = hostileDocument("https://{Region}.example.test/{AccountSID}", text, "/x");
      const { samples } = emitSamples(document, buildModel(document), { hostileJson: [{ path: { Id: "1" } }] }, "t", "./index.js", "");
      const argv = await curlArguments(curlOf(samples, "hostileJson"), { IMPACT_BASE_URL: "http://127.0.0.1:4010" });
      expect(argv[3], text).toBe(`https://${text}.example.test/SID/x/1`);
      expect(samples.hostileJson!.find((sample) => sample.lang === "TypeScript")!.source, text).not.toContain("IMPACT_BASE_URL");
    }
    await nothingRan();
  }, 20_000);

  it("keeps a variable's default that names another variable as written, and a spec without servers still gets a sample", async () => {
    const document = hostileDocument("https://{Region}.example.test/{AccountSID}", "{AccountSID}$(touch pwned)", "/x");
    const { samples } = emitSamples(document, buildModel(document), { hostileJson: [{ path: { Id: "1" } }] }, "t", "./index.js", "");
    expect((await curlArguments(curlOf(samples, "hostileJson")))[3]).toBe("https://{AccountSID}$(touch pwned).example.test/SID/x/1");
    delete document.servers;
    const bare = emitSamples(document, buildModel(document), { hostileJson: [{ path: { Id: "1" } }] }, "t", "./index.js", "");
    expect((await curlArguments(curlOf(bare.samples, "hostileJson")))[3]).toBe("https://example.invalid/x/1");
    await nothingRan();
  });

  it("from a spec file, enum and example values reach curl as written, through the whole pipeline", async () => {
    const spec = path.join(folder, "..", `${path.basename(folder)}-spec.json`);
    const evil = "$(touch pwned)`touch pwned`'\"\n";
    await writeFile(
      spec,
      JSON.stringify({
        openapi: "3.1.0",
        info: { title: "t", version: "1", description: "d", license: { name: "MIT" } },
        servers: [{ url: "https://api.example.test/$(touch pwned)/`touch pwned`" }],
        paths: {
          "/things/'$(touch pwned)'": {
            get: {
              operationId: "listThings",
              parameters: [
                { name: "Mode", in: "query", required: true, schema: { type: "string", enum: [evil] } },
                { name: "Filter", in: "query", required: true, schema: { type: "string" }, example: `a'b${evil}` },
              ],
              responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
            },
          },
        },
      }),
    );
    try {
      const result = await generateApi({ label: "t", apiName: "t", runtimeImport: "./r.js", packageImport: "./index.js", root: spec, config: await foreignSpecConfig(), outDir: folder, stage: "all", publishYaml: false, emitTypes: () => "" });
      const samples = JSON.parse(result.files.find((file) => file.path === "code-samples.json")!.contents) as Record<string, Array<{ label: string; source: string }>>;
      const argv = await curlArguments(curlOf(samples, "listThings"));
      await nothingRan();
      expect(argv).toEqual([
        "-X", "GET", "-G", "--url", "https://api.example.test/$(touch pwned)/`touch pwned`/things/'$(touch pwned)'",
        "-u", "SID:TOKEN", "-H", "Accept: application/json",
        "--data-urlencode", `Filter=a'b${evil}`,
        "--data-urlencode", `Mode=${evil}`,
      ]);
    } finally {
      await rm(spec, { force: true });
    }
  }, 20_000);
});
