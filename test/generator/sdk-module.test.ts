// The sdk ships as JavaScript (sdk.js) beside its declarations (sdk.d.ts), so that
// a consumer's skipLibCheck passes over it. Nothing in a consumer's build then
// checks that the two agree, or that the declarations themselves hold: these
// tests do, for the committed output and every feature snapshot.
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedJavaScript, SDK_CHECK_OPTIONS, typeCheck } from "../support/generator.js";
import { PROJECT_ROOT } from "../support/project.js";

const SNAPSHOTS = path.join(PROJECT_ROOT, "test/generator/__snapshots__");

async function sdkFolders(): Promise<string[]> {
  const snapshots = (await readdir(SNAPSHOTS, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => path.join(SNAPSHOTS, entry.name));
  return [path.join(PROJECT_ROOT, "generated/brand"), path.join(PROJECT_ROOT, "generated/partner"), ...snapshots.sort()];
}

/** A project of the given sdk.js files alone (tsc reads each one's sdk.d.ts for its `./sdk.js` import), checked as ours are. */
async function checkSdk(work: string, modules: string[]): Promise<string> {
  const tsconfig = path.join(work, `tsconfig.${path.basename(path.dirname(modules[0]!))}.json`);
  await writeFile(tsconfig, JSON.stringify({ extends: path.join(PROJECT_ROOT, "tsconfig.json"), files: modules, include: [], compilerOptions: { ...SDK_CHECK_OPTIONS, typeRoots: [path.join(PROJECT_ROOT, "node_modules/@types")] } }));
  return typeCheck(tsconfig);
}

/** The names sdk.d.ts declares as values: its functions. */
function declaredFunctions(declarations: string): string[] {
  return [...declarations.matchAll(/^export declare function ([^\s(<]+)/gm)].map((match) => match[1]!).sort();
}

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "impact-sdk-"));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe("the generated sdk (sdk.js beside sdk.d.ts)", () => {
  it("type-checks: the declarations hold, and the JavaScript (the sdk's, the samples') agrees with them", async () => {
    const folders = await sdkFolders();
    expect(folders.length).toBeGreaterThan(10);
    const modules = (await Promise.all(folders.map((folder) => checkedJavaScript(folder)))).flat();
    // Each folder's sdk.js and samples.js: the project's tsc reads no .js file, so this is their only check.
    expect(modules.filter((file) => file.endsWith("/samples.js")).length).toBe(folders.length);
    expect(modules.length).toBe(2 * folders.length);
    expect(await checkSdk(work, modules)).toBe("");
  }, 120_000);

  it("exports at run time every function its declarations name, and nothing else", async () => {
    for (const folder of await sdkFolders()) {
      const declared = declaredFunctions(await readFile(path.join(folder, "sdk.d.ts"), "utf8"));
      expect(declared.length, folder).toBeGreaterThanOrEqual(2); // createXCore and createXClient at least
      const module = (await import(pathToFileURL(path.join(folder, "sdk.js")).href)) as Record<string, unknown>;
      expect(Object.keys(module).sort(), path.relative(PROJECT_ROOT, folder)).toEqual(declared);
      for (const name of declared) expect(typeof module[name], name).toBe("function");
    }
  }, 60_000);

  describe("the check fails", () => {
    // Brand's sdk, moved to a folder of its own with the runtime imported by its absolute path.
    let copy: string;
    beforeAll(async () => {
      copy = await mkdtemp(path.join(work, "brand-"));
      const runtime = path.join(PROJECT_ROOT, "runtime/client/index.js");
      for (const file of ["sdk.js", "sdk.d.ts", "schema.ts"]) {
        const text = await readFile(path.join(PROJECT_ROOT, "generated/brand", file), "utf8");
        await writeFile(path.join(copy, file), text.replaceAll('"../../runtime/client/index.js"', JSON.stringify(runtime)));
      }
      await writeFile(path.join(copy, "package.json"), JSON.stringify({ type: "module" }));
    });
    const broken = async (file: "sdk.js" | "sdk.d.ts", from: string | RegExp, to: string): Promise<string> => {
      const original = await readFile(path.join(copy, file), "utf8");
      const changed = original.replace(from, to);
      expect(changed, `${file} holds ${String(from)}`).not.toBe(original);
      await writeFile(path.join(copy, file), changed);
      try {
        return await checkSdk(work, [path.join(copy, "sdk.js")]);
      } finally {
        await writeFile(path.join(copy, file), original);
      }
    };

    it("passes on the copy as it is", async () => {
      expect(await checkSdk(work, [path.join(copy, "sdk.js")])).toBe("");
    }, 60_000);

    it("when the JavaScript calls an operation otherwise than declared", async () => {
      expect(await broken("sdk.js", "core.call(getPromoCode$operation, init[0])", "core.call(getPromoCode$operation, init[1])")).toMatch(/sdk\.js\(\d+,\d+\): error TS2493/);
    }, 60_000);

    it("when the JavaScript exports a function the declarations lack", async () => {
      expect(await broken("sdk.d.ts", /^export declare function getPromoCode\([^;]*;$/m, "")).toMatch(/sdk\.js\(\d+,\d+\): error TS2339: Property 'getPromoCode' does not exist/);
    }, 60_000);

    it("when a shape is not a Shape", async () => {
      expect(await broken("sdk.js", 'Status: "string",', 'Status: "strin",')).toMatch(/sdk\.js\(\d+,\d+\): error TS2820: Type .\"strin\". is not assignable to type .Shape./);
    }, 60_000);

    it("when the declarations name a type that is not there", async () => {
      expect(await broken("sdk.d.ts", 'CallArgs<O["getPromoCode"]>', 'CallArgs<O["getPromoCodes"]>')).toMatch(/sdk\.d\.ts\(\d+,\d+\): error TS2339/);
    }, 60_000);
  });
});
