// The text report: a line per operation (its verdict: failed checks, passed,
// or not tested and why), then per check how many operations passed, failed or
// were not exercised, then each failure with its smallest failing request as a
// curl command (the auth token masked), and a summary that counts passed,
// failed and not tested operations.
import { shellQuote as quote } from "../../shell-words.js";
import { CHECK_RULES } from "./checks/index.js";
import type { SentRequest } from "./http.js";
import type { CleanupReport } from "./ledger.js";
import { CHECK_NAMES, cutShort, type OperationResult } from "./results.js";

export interface ContractReport {
  ok: boolean;
  baseUrl: string;
  /** The seed every value was derived from; pass it back to replay the run. */
  seed: number;
  accountSid: string;
  requests: number;
  durationMs: number;
  /** Why the run stopped early (a bound reached, the server silent), if it did. */
  stopped?: string;
  results: OperationResult[];
  /** What the sequences could not follow, and why. */
  notes: string[];
  /** Operations by verdict (counted from `results` when absent). */
  counts?: { passed: number; failed: number; notTested: number };
  /** Whether operations not tested were allowed to leave `ok` true. */
  allowNotTested?: boolean;
  readOnly?: boolean;
  /** Operations of the selected APIs the run chose not to send (--read-only leaves out the writes). */
  leftOut?: LeftOut[];
  /** What the run created and what became of each record; any it could not remove fails the run. */
  cleanup?: CleanupReport;
}

export interface LeftOut {
  api: string;
  operationId: string;
  method: string;
  path: string;
  reason: string;
}

export function countVerdicts(report: ContractReport): { passed: number; failed: number; notTested: number } {
  if (report.counts) return report.counts;
  const counts = { passed: 0, failed: 0, notTested: 0 };
  for (const result of report.results) counts[result.verdict === "not tested" ? "notTested" : result.verdict] += 1;
  return counts;
}


/** The request as a curl command; the token is never printed: export IMPACT_AUTH_TOKEN to replay. */
export function curlCommand(request: SentRequest, accountSid: string): string {
  const parts = ["curl", "-X", request.method, quote(request.url), "-H", quote("Accept: application/json")];
  if (request.irVersion) parts.push("-H", quote(`IR-Version: ${request.irVersion}`));
  if (request.auth === "valid") parts.push("-u", `${quote(accountSid)}:"$IMPACT_AUTH_TOKEN"`);
  if (request.auth === "wrong-account") parts.push("-u", `${quote(`${accountSid}-not-this-account`)}:"$IMPACT_AUTH_TOKEN"`);
  if (request.contentType) parts.push("-H", quote(`Content-Type: ${request.contentType}`));
  if (request.body !== undefined) parts.push("--data-raw", quote(request.body));
  return parts.join(" ");
}

export function formatReport(report: ContractReport): string {
  const leftOut = report.leftOut ?? [];
  const rows = [...report.results, ...leftOut];
  const width = (pick: (row: { api: string; operationId: string; method: string; path: string }) => string) => Math.max(0, ...rows.map((row) => pick(row).length));
  const apiWidth = width((row) => row.api);
  const idWidth = width((row) => row.operationId);
  const routeWidth = width((row) => `${row.method} ${row.path}`);
  const head = (row: { api: string; operationId: string; method: string; path: string }) => `${row.api.padEnd(apiWidth)}  ${row.operationId.padEnd(idWidth)}  ${`${row.method} ${row.path}`.padEnd(routeWidth)}`;
  const lines: string[] = [];
  for (const result of report.results) {
    const checks = Object.entries(result.checks);
    const failed = checks.filter(([, check]) => check.outcome === "failed").map(([name]) => name);
    const passed = checks.filter(([, check]) => check.outcome === "passed").length;
    const cut = cutShort(result);
    const verdict =
      failed.length > 0 ? `✗ ${failed.join(", ")}` : result.verdict === "not tested" ? `○ not tested: ${result.notTested}` : `✓ ${passed} checks passed${cut > 0 ? `, ${cut} cut short` : ""}`;
    const statuses = Object.entries(result.statuses).map(([status, count]) => `${status}×${count}`).join(" ");
    lines.push(`${head(result)}  ${verdict}  (${result.requests} requests${statuses ? `: ${statuses}` : ""})`);
  }
  for (const row of leftOut) lines.push(`${head(row)}  – left out: ${row.reason}`);
  lines.push("", "check                          passed  failed  not exercised");
  for (const name of CHECK_NAMES) {
    const count = (outcome: string) => report.results.filter((result) => result.checks[name].outcome === outcome).length;
    lines.push(`${name.padEnd(30)} ${String(count("passed")).padStart(6)}  ${String(count("failed")).padStart(6)}  ${String(count("not exercised")).padStart(13)}`);
  }
  for (const result of report.results) {
    for (const name of CHECK_NAMES) {
      const check = result.checks[name];
      if (check.outcome !== "failed" || !check.failure) continue;
      lines.push("", `✗ ${result.api} ${result.operationId} [${name}] ${check.failure.problem}`, `    rule: ${CHECK_RULES[name]}`, `    ${curlCommand(check.failure.request, report.accountSid)}`);
    }
  }
  for (const note of report.notes) lines.push("", `note: ${note}`);
  if (report.stopped) lines.push("", `stopped early: ${report.stopped.replace(/^not run: /, "").replace(/; not run: /g, "; ")}; checks after that point are not exercised`);
  const counts = countVerdicts(report);
  const notTested = report.results.filter((result) => result.verdict === "not tested");
  if (notTested.length > 0) {
    lines.push("", `not tested: ${notTested.length} of ${report.results.length} operations (no answer to them was a success, so nothing vouches for them)${report.allowNotTested ? "; allowed by --allow-not-tested" : "; the run fails unless --allow-not-tested"}`);
    for (const result of notTested) lines.push(`  ${result.api} ${result.operationId}: ${result.notTested}`);
  }
  const partly = report.results.filter((result) => result.verdict === "passed" && cutShort(result) > 0).length;
  if (report.stopped && partly > 0) {
    lines.push("", `cut short: ${partly} operation${partly === 1 ? "" : "s"} passed only the checks that ran before the stop${report.allowNotTested ? "; allowed by --allow-not-tested" : "; the run fails unless --allow-not-tested"}`);
  }
  const cleanup = report.cleanup;
  if (cleanup && cleanup.records.length > 0) {
    const by = (outcome: string) => cleanup.records.filter((record) => record.outcome === outcome).length;
    const removed = ["expired", "deleted", "already gone"].map((outcome) => `${by(outcome)} ${outcome}`).join(", ");
    lines.push("", `created: ${cleanup.records.length} records, codes starting ${cleanup.codePrefix}, names starting "${cleanup.textPrefix}": ${removed}, ${cleanup.kept} kept, ${cleanup.failed} could not be removed (${cleanup.requests} cleanup requests)`);
    for (const record of cleanup.records.filter((entry) => entry.outcome === "kept" || entry.outcome === "failed")) {
      lines.push(`  ${record.outcome === "failed" ? "✗ not removed" : "– kept"}: ${record.api} ${record.kind} ${record.id} (${record.uri}): ${record.reason}`);
    }
    if (cleanup.failed > 0) lines.push(`cleanup failed: ${cleanup.failed} record${cleanup.failed === 1 ? "" : "s"} this run created are still live; the run fails`);
  }
  const failures = report.results.reduce((sum, result) => sum + Object.values(result.checks).filter((check) => check.outcome === "failed").length, 0);
  const summary = `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`;
  const left = leftOut.length > 0 ? `; ${leftOut.length} left out by --read-only` : "";
  const all = report.results.length;
  const cleanupFailed = cleanup?.failed ?? 0;
  lines.push(
    "",
    counts.failed === 0 && counts.notTested === 0 && partly === 0 && cleanupFailed === 0
      ? `${all === 1 ? "1 operation passes" : `all ${all} operations pass`} against ${report.baseUrl}${left} (${summary}, seed ${report.seed})`
      : `${all} operation${all === 1 ? "" : "s"} against ${report.baseUrl}: ${counts.passed} pass${partly > 0 ? ` (${partly} cut short)` : ""}, ${counts.failed} fail${counts.failed > 0 ? ` ${failures} check${failures === 1 ? "" : "s"}` : ""}, ${counts.notTested} not tested${left}${report.allowNotTested && counts.failed === 0 ? "; accepted by --allow-not-tested" : ""}${cleanupFailed > 0 ? `; ${cleanupFailed} created record${cleanupFailed === 1 ? "" : "s"} not removed` : ""} (${summary}); replay with --seed ${report.seed}`,
  );
  return lines.join("\n");
}
