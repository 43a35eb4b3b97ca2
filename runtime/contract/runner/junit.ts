// The report as JUnit XML, the format every CI system reads: one test suite
// per operation, one test case per check (failed, passed, or skipped when
// the run did not exercise it), the curl command of the failing request in the failure's text.
// An operation not tested gets one more case, "operation tested", as an error
// (a skipped case alone shows as grey, and a CI that reads only the counts
// would pass it), or skipped when --allow-not-tested accepted it; an
// operation --read-only left out is a suite of that one case, skipped.
// Cleanup is one more suite: a case per record the run created, failed when
// it could not be removed, skipped when the spec has no way to remove it.
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
  let errors = 0;
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
    let suiteErrors = 0;
    if (result.verdict === "not tested") {
      const message = xml(`not tested: ${result.notTested ?? "no answer was a success"}`);
      const open = `    <testcase classname="${xml(name)}" name="operation tested">`;
      if (report.allowNotTested) {
        suiteSkipped += 1;
        cases.push(`${open}\n      <skipped message="${message} (allowed by --allow-not-tested)"/>\n    </testcase>`);
      } else {
        suiteErrors += 1;
        cases.push(`${open}\n      <error message="${message}" type="not_tested">${message}</error>\n    </testcase>`);
      }
    }
    const suiteTests = cases.length;
    tests += suiteTests;
    failures += suiteFailures;
    skipped += suiteSkipped;
    errors += suiteErrors;
    suites.push(`  <testsuite name="${xml(`${name} ${result.method} ${result.path}`)}" tests="${suiteTests}" failures="${suiteFailures}" errors="${suiteErrors}" skipped="${suiteSkipped}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  for (const row of report.leftOut ?? []) {
    const name = `${row.api}.${row.operationId}`;
    tests += 1;
    skipped += 1;
    suites.push(`  <testsuite name="${xml(`${name} ${row.method} ${row.path}`)}" tests="1" failures="0" errors="0" skipped="1">\n    <testcase classname="${xml(name)}" name="operation tested">\n      <skipped message="${xml(`left out: ${row.reason}`)}"/>\n    </testcase>\n  </testsuite>`);
  }
  const records = report.cleanup?.records ?? [];
  if (records.length > 0) {
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const record of records) {
      const open = `    <testcase classname="cleanup" name="${xml(`${record.api} ${record.kind} ${record.id}`)}">`;
      const message = xml(`${record.uri}: ${record.reason ?? ""}`);
      if (record.outcome === "failed") {
        suiteFailures += 1;
        cases.push(`${open}\n      <failure message="${message}" type="cleanup">${message}</failure>\n    </testcase>`);
      } else if (record.outcome === "kept") {
        suiteSkipped += 1;
        cases.push(`${open}\n      <skipped message="kept: ${message}"/>\n    </testcase>`);
      } else {
        cases.push(`${open}</testcase>`);
      }
    }
    tests += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(`  <testsuite name="${xml(`cleanup of what the run created (${report.cleanup!.codePrefix}…)`)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}">\n${cases.join("\n")}\n  </testsuite>`);
  }
  const seconds = (report.durationMs / 1000).toFixed(3);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="contract ${xml(report.baseUrl)} seed ${report.seed}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="${seconds}">\n${suites.join("\n")}\n</testsuites>\n`;
}
