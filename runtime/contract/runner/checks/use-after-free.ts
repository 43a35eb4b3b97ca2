import { describeAnswer, problem, type Check } from "./check.js";

export interface AfterDelete {
  /** The delete that came before, as a sentence for the message. */
  deleted: string;
  /**
   * What the spec says remains: nothing (a delete answered without `Uri`), or
   * the resource with these fields changed (a DELETE that expires, answered with its `Uri`).
   */
  expect: { gone: true } | { gone: false; fields: Record<string, unknown> };
  /** For a list: whether the deleted resource is still among its items. */
  stillListed?: boolean;
}

/** Judged on a read after a successful delete: a deleted resource must not come back. */
export const useAfterFree: Check<AfterDelete> = {
  name: "use_after_free",
  rule: "after a successful delete the resource is gone (404, absent from lists), or changed as documented",
  judge(_plan, exchange, { deleted, expect, stillListed }) {
    const status = exchange.status;
    if (status === undefined || status >= 500 || status === 429) return "skip";
    if (stillListed !== undefined) return stillListed ? problem(`after ${deleted} the list still holds it: ${describeAnswer(exchange)}`) : "pass";
    if (expect.gone) return status === 404 ? "pass" : problem(`after ${deleted} reading it again must get 404, got ${describeAnswer(exchange)}`);
    if (status !== 200) return problem(`after ${deleted} (documented to keep it, changed) reading it again must get 200, got ${describeAnswer(exchange)}`);
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(exchange.text ?? "") as Record<string, unknown>;
    } catch {
      return "skip"; // response_schema_conformance reports a body that is not JSON
    }
    const wrong = Object.entries(expect.fields).filter(([name, value]) => String(body?.[name]).toUpperCase() !== String(value).toUpperCase());
    return wrong.length === 0 ? "pass" : problem(`after ${deleted}, ${wrong.map(([name, value]) => `${name} must be ${JSON.stringify(value)}, not ${JSON.stringify(body?.[name])}`).join("; ")}`);
  },
};
