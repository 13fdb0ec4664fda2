#!/usr/bin/env node
// `npm start`: installs what is missing, starts the local Letta stack unless LETTA_BASE_URL points at a
// server that answers, builds the ADE when its sources changed, and serves it on 127.0.0.1.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { homedir } from "node:os";
import { adePortProblem, stackPortProblems } from "./lib/ports.mjs";
import { buildIsStale, ensureNpmPackages, lettaAnswers, run, stopChildrenWithThisProcess } from "./lib/run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = Date.now();

function fail(message, code = 1) {
  console.error(`\n✗ ${message}`);
  process.exit(code);
}

// Ctrl+C, SIGTERM and SIGHUP stop the step that runs (install, build, the ADE's server) with this process.
stopChildrenWithThisProcess();

const host = process.env.ADE_HOST?.trim() || "127.0.0.1";
const port = process.env.PORT?.trim() || "3000";
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535)
  fail(`PORT must be a number from 1 to 65535, got "${port}".`, 2);

// Every port this command will listen on is checked before anything is installed, started or said.
const adeProblem = await adePortProblem(host, port);
if (adeProblem) fail(adeProblem);

const configured = process.env.LETTA_BASE_URL?.trim();
const lettaUrl = configured || `http://127.0.0.1:${process.env.LETTA_PORT?.trim() || "8283"}`;
const lettaRuns = await lettaAnswers(lettaUrl);
const localLetta = !configured || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(configured);
if (!lettaRuns && !localLetta) {
  fail(
    `LETTA_BASE_URL=${configured} does not answer at /v1/health/. Check the URL and that the server runs, ` +
      "or unset LETTA_BASE_URL to have a local Letta server started for you.",
  );
}
const stackEnv = { ...process.env, LETTA_PORT: new URL(lettaUrl).port || "8283" };
if (!lettaRuns) {
  const stackDir = process.env.ADE_STACK_DIR?.trim().replace(/^~(?=\/|$)/, homedir()) || join(root, ".letta-stack");
  const problems = await stackPortProblems(stackEnv, stackDir);
  if (problems.length > 0) fail(problems.join("\n✗ "));
}

if ((await ensureNpmPackages(root)) !== 0) fail("npm install failed (see above).");

if (lettaRuns) {
  console.log(`Using the Letta server at ${lettaUrl}.`);
} else {
  console.log("Starting the local Letta stack (PostgreSQL + pgvector, Letta 0.16.8, scripted model)…");
  if ((await run(npm, ["run", "--silent", "stack:up"], { cwd: root, env: stackEnv })) !== 0)
    fail("The local Letta stack did not start (see above).");
}
process.env.LETTA_BASE_URL = lettaUrl;

if (buildIsStale(root)) {
  console.log("Building the ADE…");
  if ((await run(npm, ["run", "--silent", "build"], { cwd: root })) !== 0) fail("The build failed (see above).");
}

const lateProblem = await adePortProblem(host, port); // taken while the stack started or the ADE was built
if (lateProblem) fail(lateProblem);
console.log(
  `\nSet up in ${Math.round((Date.now() - started) / 1000)} s. Serving the ADE at http://${host}:${port}  (Ctrl+C stops it; \`npm run stack:down\` stops Letta)\n`,
);
process.exit(await run(process.execPath, [join(root, "scripts", "serve.mjs")], { cwd: root, env: process.env }));
