import { describeAnswer, problem, type Check } from "./check.js";

export interface Availability {
  /** How the runner came by the resource (its create, or the list it was read from), for the message. */
  origin: string;
  /** For a list read with filters the resource matches: whether it was among the items of any page. */
  listed?: boolean;
}

/** Judged on a read after a successful create: what was created can be read and is listed. */
export const ensureResourceAvailability: Check<Availability> = {
  name: "ensure_resource_availability",
  rule: "a created resource can be read at its Uri, and a resource is listed by the list filters it matches",
  judge(_plan, exchange, { origin, listed }) {
    const status = exchange.status;
    if (status === undefined || status >= 500 || status === 429) return "skip";
    if (status !== 200) return problem(`after ${origin} reading it must get 200, got ${describeAnswer(exchange)}`);
    if (listed === false) return problem(`after ${origin} no page of this list (filtered as shown) holds it`);
    return "pass";
  },
};
