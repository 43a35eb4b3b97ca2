import type { Mutation } from "../mutations.js";
import { describeAnswer, problem, type Check } from "./check.js";
import type { Provenance } from "./positive-data-acceptance.js";

/**
 * 401, 403 and 429 say nothing about the input, so they do not count as a
 * rejection. 404 counts only where the path id was generated and the break is
 * elsewhere: a server may fairly look the id up before it reads the query or body.
 */
export const negativeDataRejection: Check<Provenance & { mutation: Mutation }> = {
  name: "negative_data_rejection",
  rule: "an invalid request (each kind of break, one at a time) is rejected with a 4xx other than 401, 403, 429",
  judge(_plan, exchange, { mutation, generatedPathIds }) {
    const status = exchange.status;
    if (status === undefined || status >= 500 || status === 429) return "skip";
    if (status === 404 && generatedPathIds && !mutation.inPath) return "pass";
    if (status >= 400 && status < 500 && ![401, 403, 404].includes(status)) return "pass";
    return problem(`${mutation.description} (${mutation.kind}) was not rejected: ${describeAnswer(exchange)}`);
  },
};
