// Runs the `run:` steps of one GitHub Actions job on this machine, in order, the
// way a runner does (bash -eo pipefail, the job's and the step's env, what a step
// appends to $GITHUB_ENV visible to the next, `if:` conditions), so a test can
// prove a workflow's own shell does what its README promises. `uses:` steps are
// skipped: the runner image already has what they set up here (checkout, Node).
// Only the expressions the workflows here use are understood (inputs, secrets,
// `inputs.x != ''`, `always()`); any other is an error, never a silent guess.
import { spawn } from "node:child_process";
import { appendFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  env?: Record<string, string | number>;
}

interface Workflow {
  on: { workflow_call?: { inputs?: Record<string, { default?: string | number }> } };
  jobs: Record<string, { env?: Record<string, string | number>; defaults?: { run?: { "working-directory"?: string } }; steps: Step[] }>;
}

export interface StepResult {
  name: string;
  code: number;
  output: string;
}

export interface WorkflowRun {
  steps: StepResult[];
  /** Where the steps' $RUNNER_TEMP was. */
  runnerTemp: string;
}

export async function runWorkflowSteps(
  file: string,
  job: string,
  options: { inputs: Record<string, string | number>; secrets?: Record<string, string>; cwd: string; timeoutMs?: number },
): Promise<WorkflowRun> {
  const workflow = parse(await readFile(file, "utf8")) as Workflow;
  const declared = workflow.on.workflow_call?.inputs ?? {};
  for (const name of Object.keys(options.inputs)) if (!(name in declared)) throw new Error(`${path.basename(file)} declares no input ${name}`);
  const inputs = Object.fromEntries(Object.entries(declared).map(([name, input]) => [name, String(options.inputs[name] ?? input.default ?? "")]));
  const secrets = options.secrets ?? {};

  const expand = (text: string | number): string =>
    String(text).replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      const reference = /^(inputs|secrets)\.([\w-]+)$/.exec(expression);
      if (!reference) throw new Error(`unsupported expression \${{ ${expression} }} in ${path.basename(file)}`);
      return reference[1] === "inputs" ? inputs[reference[2]!]! : (secrets[reference[2]!] ?? "");
    });
  const condition = (text: string | undefined, failed: boolean): boolean => {
    if (text === undefined) return !failed;
    if (text.trim() === "always()") return true;
    const compare = /^inputs\.([\w-]+)\s*(!=|==)\s*''$/.exec(text.trim());
    if (!compare) throw new Error(`unsupported condition "${text}" in ${path.basename(file)}`);
    const empty = inputs[compare[1]!] === "";
    return !failed && (compare[2] === "==" ? empty : !empty);
  };

  const definition = workflow.jobs[job];
  if (!definition) throw new Error(`${path.basename(file)} has no job ${job}`);
  const runnerTemp = await mkdtemp(path.join(tmpdir(), "impact-runner-"));
  const githubEnv = path.join(runnerTemp, "github-env");
  const allExported = path.join(runnerTemp, "github-env-so-far");
  const cwd = path.resolve(options.cwd, expand(definition.defaults?.run?.["working-directory"] ?? "."));
  const jobEnv = Object.fromEntries(Object.entries(definition.env ?? {}).map(([key, value]) => [key, expand(value)]));
  const steps: StepResult[] = [];
  let failed = false;
  for (const step of definition.steps) {
    if (step.uses || !step.run || !condition(step.if, failed)) continue;
    await writeFile(githubEnv, "");
    const exported = Object.fromEntries(
      (await readFile(allExported, "utf8").catch(() => ""))
        .split("\n")
        .filter((line) => line.includes("="))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    const env = { ...process.env, ...jobEnv, ...exported, ...Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, expand(value)])), RUNNER_TEMP: runnerTemp, GITHUB_ENV: githubEnv, CI: "true" };
    const result = await new Promise<StepResult>((resolve) => {
      const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", expand(step.run!)], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
      const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
      child.on("close", (code) => {
        clearTimeout(timer);
        resolve({ name: step.name ?? step.run!.split("\n")[0]!, code: code ?? -1, output });
      });
    });
    steps.push(result);
    // What a step appends to $GITHUB_ENV is in the environment of every later step.
    await appendFile(allExported, await readFile(githubEnv, "utf8"));
    if (result.code !== 0) failed = true;
  }
  return { steps, runnerTemp };
}
