import { describeAnswer, problem, type Check } from "./check.js";

/** No answer at all counts here too: a server that cannot answer a request has failed it. */
export const notAServerError: Check = {
  name: "not_a_server_error",
  rule: "no request, valid or not, gets a 5xx or no answer",
  judge(_plan, exchange) {
    if (exchange.transportError) return problem(exchange.transportError);
    return exchange.status! >= 500 ? problem(`got ${describeAnswer(exchange)}`) : "pass";
  },
};
