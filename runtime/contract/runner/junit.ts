// The report as JUnit XML, the format every CI system reads: one test suite
// per operation, one test case per check (failed, passed, or skipped when
// the run did not exercise it), the curl command of the failing request in the failure's text.
import { CHECK_RULES } from "./checks/index.js";
import { curlCommand, type ContractReport } from "./report.js";
import { CHECK_NAMES } from "./results.js";

function xml(text: string): string {
  // Characters XML 1.0 cannot hold at all are dropped rather than escaped.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function junitXml(report: ContractReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const result of report.results) {
    const name = `${result.api}.${result.operationId}`;
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const check of CHECK_NAMES) {
      const outcome = result.checks[check];
      const open = `    <testcase classname="${xml(name)}" name="${check}">`;
      if (outcome.outcome === "failed" && outcome.failure) {
        suiteFailures += 1;
        const body = `${outcome.failure.problem}\nrule: ${CHECK_RULES[check]}\n${curlCommand(outcome.failure.request, report.accountSid)}`;
        cases.push(`${open}\n      <failure message="${xml(outcome.failure.problem.slice(0, 500))}" type="${check}">${xml(body)}</failure>\n    </testcase>`);
      } else if (outcome.outcome === "not exercised") {
        suiteSkipped += 1;
        cases.push(`${open}\n      <skipped message="${xml(outcome.note ?? "nothing in this run to judge")}"/>\n    </testcase>`);
      } else {
        cases.push(`${open}</testcase>`);
      }
    }
    tests += CHECK_NAMES.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(`  <testsuite name="${xml(`${name} ${result.method} ${result.path}`)}" tests="${CHECK_NAMES.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  const seconds = (report.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract ${xml(report.baseUrl)} seed ${report.seed}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}">\n${suites.join("\n")}\n</testsuites>\n`;
}
