import path from "node:path";
import { loadConfig, type Config } from "@redocly/openapi-core";

export interface ApiEntry {
  /** The alias in redocly.yaml, such as `brand@v14`. */
  alias: string;
  /** The name before the `@`, used for folders and package subpaths: `brand`. */
  name: string;
  /** The version after the `@`: `v14`. */
  version: string;
  /** Absolute path of the API's root document. */
  root: string;
}

export interface ProjectConfig {
  config: Config;
  apis: ApiEntry[];
}

/** Reads redocly.yaml: its `apis:` list is the one list of APIs that lint, bundle and generation share. */
export async function loadProjectConfig(configPath = "redocly.yaml"): Promise<ProjectConfig> {
  const absolute = path.resolve(configPath);
  const config = await loadConfig({ configPath: absolute });
  const declared = config.resolvedConfig.apis ?? {};
  const apis = Object.entries(declared)
    .map(([alias, entry]) => {
      const [name, version = ""] = alias.split("@");
      return { alias, name: name!, version, root: path.resolve(path.dirname(absolute), entry.root) };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return { config, apis };
}
