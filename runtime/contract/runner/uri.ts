// A `Uri` the server answered, read back as the GET operation and path ids it
// names: how a create's answer tells the runner what it made and where.
import { coerceParameter } from "../operation-spec.js";
import type { OperationPlan } from "./plan.js";

/** The read operation (not a list) and path ids `uri` names among `plans`, or undefined. */
export function resolveUri(plans: OperationPlan[], baseUrl: string, uri: string): { plan: OperationPlan; path: Record<string, unknown> } | undefined {
  let pathname: string;
  try {
    pathname = decodeURI(new URL(uri, `${baseUrl}/`).pathname);
  } catch {
    return undefined;
  }
  for (const plan of plans) {
    if (plan.operation.method !== "GET" || plan.itemsKey) continue;
    const names: string[] = [];
    const pattern = plan.operation.path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\\?\{([^}]+)\\?\}/g, (_, name: string) => (names.push(name), "([^/]+)"));
    const match = new RegExp(`${escape(plan.serverPath)}${pattern}/?$`).exec(pathname);
    if (!match) continue;
    const path = Object.fromEntries(
      names.map((name, index) => {
        const parameter = plan.operation.parameters.find((candidate) => candidate.name === name);
        return [name, coerceParameter(plan.document, parameter?.schema, match[index + 1]!)];
      }),
    );
    return { plan, path };
  }
  return undefined;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
