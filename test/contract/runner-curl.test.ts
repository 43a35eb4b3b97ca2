// The report's failing requests, as curl commands a reader pastes: generated
// bodies and URLs can hold any character, and a raw ESC or newline in a CI log
// or a terminal is read by the terminal before any quote protects it.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlCommand } from "../../runtime/contract/runner/report.js";

describe("the report's curl commands", () => {
  it("carry no raw control character, and bash reads back exactly what was sent", () => {
    const body = `Code=\x1b[201~$(touch pwned)\n'"\`\u202e\x15`;
    const url = "http://127.0.0.1:1/Advertisers/IR/PromoCodes?Code=%27\x07";
    const command = curlCommand({ method: "POST", url, body, contentType: "application/x-www-form-urlencoded", auth: "valid" }, "IR'x");
    expect(command).not.toMatch(/[\x00-\x1f\x7f\u202e]/);
    const argv = execFileSync("bash", ["-c", `curl() { printf '%s\\0' "$@"; }; ${command}`], { env: { PATH: process.env.PATH, IMPACT_AUTH_TOKEN: "t" }, encoding: "utf8" }).split("\0").slice(0, -1);
    expect(argv).toEqual(["-X", "POST", url, "-H", "Accept: application/json", "-u", "IR'x:t", "-H", "Content-Type: application/x-www-form-urlencoded", "--data-raw", body]);
  });
});
