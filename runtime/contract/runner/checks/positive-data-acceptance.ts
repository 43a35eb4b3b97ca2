import { describeAnswer, problem, type Check } from "./check.js";

export interface Provenance {
  /**
   * Whether a path id was generated rather than taken from an earlier answer.
   * The one allowance of the acceptance checks: a generated id may name nothing,
   * so such a request may be answered 404. Ids from a sequence get no allowance.
   */
  generatedPathIds: boolean;
}

export const positiveDataAcceptance: Check<Provenance> = {
  name: "positive_data_acceptance",
  rule: "a valid request is not refused with a 4xx (404 allowed only for a generated path id)",
  judge(_plan, exchange, { generatedPathIds }) {
    const status = exchange.status;
    // 5xx and silence are not_a_server_error's; 429 is the server's right under load.
    if (status === undefined || status >= 500 || status === 429) return "skip";
    if (status < 400) return "pass";
    if (status === 404 && generatedPathIds) return "pass";
    return problem(`a valid request was refused: ${describeAnswer(exchange)}`);
  },
};
