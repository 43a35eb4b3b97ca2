// The ids a write must name that belong to the account, not to the run: the
// campaign a promo code or exception list is for, the partner a code is
// assigned to. impact.com refuses the spec's example ids (1000, 10000) on a real
// account, so a write takes, in order: the value the user gave
// (--campaign-id, --partner-id), the first one the server's own answers showed,
// else the spec's example, and the report says which writes fell back to it.
import type { Exchange } from "./http.js";

export const REFERENCE_FIELDS = ["CampaignId", "AssignedPartnerId"] as const;
export type ReferenceField = (typeof REFERENCE_FIELDS)[number];

/** How much of an answer is searched for an account's ids: enough for a page of records, bounded for a hostile one. */
const MAX_NODES_SEARCHED = 10_000;
const MAX_ANSWER_CHARS = 4 * 1024 * 1024;
// The spec's ids: integers of at most 16 digits, sent as JSON numbers.
const ID_TEXT = /^[1-9][0-9]{0,15}$/;

export class AccountReferences {
  private readonly learned = new Map<ReferenceField, number>();
  /** Fields a write sent with the spec's example value, for want of the account's. */
  readonly fellBack = new Set<ReferenceField>();

  constructor(private readonly given: Partial<Record<ReferenceField, number>> = {}) {}

  /** The account's value of `field`, if the user gave one or an answer showed one. */
  value(field: ReferenceField): number | undefined {
    return this.given[field] ?? this.learned.get(field);
  }

  /** Remembers the first account ids a successful read shows (JSON answers only; wire strings or numbers). */
  learn(exchange: Exchange): void {
    if (exchange.sent.method !== "GET" || exchange.status === undefined || exchange.status < 200 || exchange.status > 299) return;
    if (REFERENCE_FIELDS.every((field) => this.value(field) !== undefined)) return;
    if (!exchange.text || exchange.text.length > MAX_ANSWER_CHARS) return;
    let body: unknown;
    try {
      body = JSON.parse(exchange.text);
    } catch {
      return;
    }
    const pending: unknown[] = [body];
    for (let searched = 0; pending.length > 0 && searched < MAX_NODES_SEARCHED; searched += 1) {
      const node = pending.pop();
      if (node === null || typeof node !== "object") continue;
      if (Array.isArray(node)) {
        for (let index = node.length - 1; index >= 0; index -= 1) pending.push(node[index]);
        continue;
      }
      const record = node as Record<string, unknown>;
      for (const field of REFERENCE_FIELDS) {
        const raw = record[field];
        const text = typeof raw === "number" ? String(raw) : raw;
        if (this.value(field) === undefined && typeof text === "string" && ID_TEXT.test(text) && Number.isSafeInteger(Number(text))) {
          this.learned.set(field, Number(text));
        }
      }
      for (const value of Object.values(record)) if (value !== null && typeof value === "object") pending.push(value);
    }
  }
}
