// The one resolver lint and bundle read a spec through: it reads only files
// inside the spec's folder, fetches nothing unless asked, and refuses, before
// Redocly walks it, a YAML file whose aliases blow it up.
import { realpath, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { BaseResolver, isAbsoluteUrl, Source, type Config, type Document, type ResolveError, type YamlParseError } from "@redocly/openapi-core";
import { measureAliasExpansion, SPEC_LIMITS } from "./limits.js";

/** What a spec's `$ref`s may reach. */
export interface RefPolicy {
  /** Every file a `$ref` reads must be inside this folder, by its path and by its real path (symlinks resolved). */
  folder: string;
  /** Fetch `http(s)` refs (`--allow-remote-refs`); even then, a redirect to another origin is refused. */
  allowRemote: boolean;
}

/** The most a spec file may hold: far above GitHub's (11 MB), far below what exhausts memory. */
export const MAX_SPEC_BYTES = 256 * 1024 * 1024;

/** Bounds of a fetch with `--allow-remote-refs`: GitHub's spec is 13 MB. */
export const REMOTE_REF_LIMITS = { bytes: 32 * 1024 * 1024, milliseconds: 30_000, sameOriginRedirects: 5 };

/**
 * A ref or a file the generator will not read. Its message is one line; `located`
 * says it already names its file and pointer (a limit found while parsing), else
 * the caller prefixes where the `$ref` is written.
 */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly located = false,
  ) {
    super(message);
    this.name = "Refusal";
  }
}

const policies = new WeakMap<Config, Partial<RefPolicy>>();

/** Widens what `config`'s specs may reach (the CLI's `--allow-remote-refs` and `--ref-root`). */
export function withRefPolicy(config: Config, policy: Partial<RefPolicy>): Config {
  policies.set(config, policy);
  return config;
}

/**
 * The policy for `root` under `config`: the folder of redocly.yaml for this
 * project's APIs (they share `spec/shared/`), else the spec's own folder;
 * remote refs only when asked for.
 */
export function refPolicyFor(root: string, config: Config): RefPolicy {
  const given = policies.get(config) ?? {};
  const folder = given.folder ?? (config.configPath ? path.dirname(path.resolve(config.configPath)) : path.dirname(path.resolve(root)));
  return { folder: path.resolve(folder), allowRemote: given.allowRemote ?? false };
}

function shown(file: string): string {
  return path.relative(process.cwd(), file) || ".";
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === "" || (!relative.startsWith(`..${path.sep}`) && relative !== ".." && !path.isAbsolute(relative));
}

/**
 * Redocly's resolver with the policy above. Every file Redocly reads, for lint and
 * for bundle, goes through `resolveDocument`, so a refused ref is refused for
 * both before a byte of it is read. A JSON file is read with `JSON.parse`:
 * Redocly parses every file as YAML, which took 0.33 s of GitHub's 13 MB spec
 * where `JSON.parse` takes 0.05 s. What is not valid JSON is read as YAML, as
 * before, so its errors name line and column. One difference: a key written twice
 * in a JSON object is taken at its last value, as every JSON parser takes it,
 * where YAML refuses it.
 */
export class SpecResolver extends BaseResolver {
  /** The messages of every refusal so far, so that lint's and bundle's "Can't resolve" problems can be told apart. */
  readonly refusals = new Map<string, Refusal>();
  /** The files read with `JSON.parse` (so no node of theirs is at two places), by absolute ref. */
  readonly readAsJson = new Set<string>();
  private readonly realFolder: Promise<string>;

  constructor(
    config: Config["resolve"],
    readonly policy: RefPolicy,
    private readonly root: string,
  ) {
    super({ ...config, http: { ...config.http, customFetch: (url: string, init: RequestInit) => this.fetchRemote(url, init) } });
    this.realFolder = realpath(policy.folder).catch(() => policy.folder);
  }

  /** The refusal whose message `problemMessage` (Redocly's "Can't resolve $ref: …") carries, if any. */
  refusalIn(problemMessage: string): Refusal | undefined {
    for (const [message, refusal] of this.refusals) if (problemMessage.includes(message)) return refusal;
    return undefined;
  }

  private refuse(message: string, located = false): Refusal {
    const refusal = new Refusal(message, located);
    this.refusals.set(message, refusal);
    return refusal;
  }

  /** Whether a file at `file` (an absolute path) may be read, by its path alone. */
  isInsideFolder(file: string): boolean {
    return isInside(this.policy.folder, file);
  }

  override async resolveDocument<T = unknown>(base: string | null, ref: string, isRoot = false): Promise<Document<T> | ResolveError | YamlParseError> {
    const absoluteRef = this.resolveExternalRef(base, ref);
    let document = this.cache.get(absoluteRef);
    if (!document) {
      document = this.admit(absoluteRef, ref)
        .then((readFrom) => this.load(absoluteRef, readFrom))
        .then((source) => this.parseDocument(source, isRoot));
      this.cache.set(absoluteRef, document);
    }
    return document as Promise<Document<T>>;
  }

  /** Refuses what the policy does not allow; for a file, gives its real path (the one checked, and the one read). */
  private async admit(absoluteRef: string, written: string): Promise<string> {
    if (absoluteRef === this.root) return absoluteRef;
    const quoted = JSON.stringify(written);
    if (isAbsoluteUrl(absoluteRef)) {
      const scheme = absoluteRef.slice(0, absoluteRef.indexOf(":") + 1);
      if (scheme !== "http:" && scheme !== "https:") {
        throw this.refuse(`$ref ${quoted} is a ${scheme} URL: refused; a $ref reads files by their path relative to the spec`);
      }
      if (!this.policy.allowRemote) throw this.refuse(`$ref ${quoted} would be fetched over the network: refused (pass --allow-remote-refs to allow it)`);
      return absoluteRef;
    }
    const folder = shown(this.policy.folder);
    if (!this.isInsideFolder(absoluteRef)) throw this.refuse(`$ref ${quoted} reads ${absoluteRef}, outside the spec's folder ${folder}/: refused`);
    const real = await realpath(absoluteRef).catch(() => undefined);
    if (real === undefined) return absoluteRef; // missing: reading it says so
    if (!isInside(await this.realFolder, real)) throw this.refuse(`$ref ${quoted} is a link to ${real}, outside the spec's folder ${folder}/: refused`);
    const info = await stat(real);
    // A FIFO or a device never ends; a folder is not a document.
    if (!info.isFile()) throw this.refuse(`$ref ${quoted} names ${info.isDirectory() ? "a folder" : "something that is not a regular file"}: refused`);
    if (info.size > MAX_SPEC_BYTES) throw this.refuse(`$ref ${quoted} names a file of ${info.size} bytes, over the ${MAX_SPEC_BYTES}-byte limit: refused`);
    return real;
  }

  private async load(absoluteRef: string, readFrom: string): Promise<Source> {
    if (isAbsoluteUrl(absoluteRef)) return this.loadExternalRef(absoluteRef);
    // Read from the real path that was checked; named by the path as written, against which its own refs resolve.
    const body = await readFile(readFrom, "utf8");
    return new Source(absoluteRef, body.replace(/\r\n/g, "\n"));
  }

  override parseDocument(source: Parameters<BaseResolver["parseDocument"]>[0], isRoot = false): ReturnType<BaseResolver["parseDocument"]> {
    const body = source.body;
    const first = body.charCodeAt(body.search(/\S/));
    if ((isRoot || /\.(json|ya?ml)$/i.test(source.absoluteRef)) && (first === 0x7b /* { */ || first === 0x5b /* [ */)) {
      try {
        const parsed: unknown = JSON.parse(body);
        this.readAsJson.add(source.absoluteRef);
        return { source, parsed };
      } catch {
        // Not JSON after all (YAML's flow style also starts with a brace): YAML reads it, or says where it breaks.
      }
    }
    const document = super.parseDocument(source, isRoot);
    // Only YAML shares nodes (anchors and aliases); JSON.parse never does.
    const blownUp = measureAliasExpansion(document.parsed, SPEC_LIMITS.aliasExpansion);
    if (blownUp !== undefined) {
      const why = blownUp.endless
        ? "a YAML alias inside its own anchor expands without end"
        : `YAML aliases expand this file by more than ${SPEC_LIMITS.aliasExpansion.toLocaleString("en")} values (the limit)`;
      throw this.refuse(`${shown(source.absoluteRef)}#${blownUp.pointer}: ${why}: refused`, true);
    }
    return document;
  }

  /**
   * Redocly's fetch for `http(s)` refs, with bounds: redirects are followed only
   * within one origin (so headers configured for a host go nowhere else), the
   * body is cut off at REMOTE_REF_LIMITS.bytes and the whole fetch at its time.
   */
  private async fetchRemote(url: string, init: RequestInit): Promise<Response> {
    const signal = AbortSignal.timeout(REMOTE_REF_LIMITS.milliseconds);
    let current = new URL(url);
    try {
      for (let hop = 0; ; hop++) {
        const response = await fetch(current, { ...init, redirect: "manual", signal });
        if (response.status < 300 || response.status >= 400) return await this.readBounded(response, url);
        await response.body?.cancel();
        const location = response.headers.get("location");
        const next = location === null ? undefined : new URL(location, current);
        if (next === undefined) throw this.refuse(`$ref ${JSON.stringify(url)} answered ${response.status} without a Location: refused`);
        if (next.origin !== current.origin) throw this.refuse(`$ref ${JSON.stringify(url)} redirects to ${next.origin}, another host: refused`);
        if (hop >= REMOTE_REF_LIMITS.sameOriginRedirects) throw this.refuse(`$ref ${JSON.stringify(url)} redirects more than ${REMOTE_REF_LIMITS.sameOriginRedirects} times: refused`);
        current = next;
      }
    } catch (error) {
      if (signal.aborted) throw this.refuse(`$ref ${JSON.stringify(url)} took more than ${REMOTE_REF_LIMITS.milliseconds / 1000} s to fetch: refused`);
      throw error;
    }
  }

  /** `response` with its body read in full, refused past REMOTE_REF_LIMITS.bytes without reading further. */
  private async readBounded(response: Response, url: string): Promise<Response> {
    const tooLarge = () => this.refuse(`$ref ${JSON.stringify(url)} is over the ${REMOTE_REF_LIMITS.bytes}-byte limit for a fetched file: refused`);
    if (Number(response.headers.get("content-length") ?? 0) > REMOTE_REF_LIMITS.bytes) {
      await response.body?.cancel();
      throw tooLarge();
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      if (size > REMOTE_REF_LIMITS.bytes) throw tooLarge(); // leaving the loop cancels the stream
      chunks.push(chunk);
    }
    return new Response(Buffer.concat(chunks), { status: response.status, statusText: response.statusText, headers: response.headers });
  }
}
