// The text report: a line per operation, then per check how many operations
// passed, failed or were not exercised, then each failure with its smallest
// failing request as a curl command (the auth token masked).
import { CHECK_RULES } from "./checks/index.js";
import type { SentRequest } from "./http.js";
import { CHECK_NAMES, type OperationResult } from "./results.js";

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
}

/** Shell-quoted, so the command pastes as it is. */
function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
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
  const width = (pick: (result: OperationResult) => string) => Math.max(0, ...report.results.map((result) => pick(result).length));
  const apiWidth = width((result) => result.api);
  const idWidth = width((result) => result.operationId);
  const routeWidth = width((result) => `${result.method} ${result.path}`);
  const lines: string[] = [];
  for (const result of report.results) {
    const checks = Object.entries(result.checks);
    const failed = checks.filter(([, check]) => check.outcome === "failed").map(([name]) => name);
    const passed = checks.filter(([, check]) => check.outcome === "passed").length;
    const verdict = failed.length === 0 ? `✓ ${passed} checks passed` : `✗ ${failed.join(", ")}`;
    const statuses = Object.entries(result.statuses).map(([status, count]) => `${status}×${count}`).join(" ");
    lines.push(`${result.api.padEnd(apiWidth)}  ${result.operationId.padEnd(idWidth)}  ${`${result.method} ${result.path}`.padEnd(routeWidth)}  ${verdict}  (${result.requests} requests${statuses ? `: ${statuses}` : ""})`);
  }
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
  if (report.stopped) lines.push("", `stopped early: ${report.stopped.replace(/^not run: /, "")}; checks after that point are not exercised`);
  const failures = report.results.reduce((sum, result) => sum + Object.values(result.checks).filter((check) => check.outcome === "failed").length, 0);
  const failing = report.results.filter((result) => Object.values(result.checks).some((check) => check.outcome === "failed")).length;
  const summary = `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s`;
  lines.push(
    "",
    report.ok
      ? `${report.results.length === 1 ? "1 operation passes" : `all ${report.results.length} operations pass`} against ${report.baseUrl} (${summary}, seed ${report.seed})`
      : `${failing} of ${report.results.length} operations fail ${failures} check${failures === 1 ? "" : "s"} against ${report.baseUrl} (${summary}); replay with --seed ${report.seed}`,
  );
  return lines.join("\n");
}
