#!/usr/bin/env node
// `npm test`: every check the project has — typecheck, lint, unit tests, a production build and the
// end-to-end suite against a fresh local Letta stack — then one summary line for all of them.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureNpmPackages, run } from "./lib/run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const results = join(root, "test-results");
mkdirSync(results, { recursive: true });

/** @type {{name: string, passed: number, failed: number, skipped: number, seconds: number}[]} */
const steps = [];

async function step(name, command, args, counts) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const code = await run(command, args, { cwd: root, env: process.env });
  const seconds = Math.round((Date.now() - started) / 1000);
  const counted = counts?.();
  const result = counted
    ? { name, ...counted, failed: counted.failed + (code !== 0 && counted.failed === 0 ? 1 : 0), seconds }
    : { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds };
  steps.push(result);
  return code === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return undefined;
  }
}

const vitestCounts = () => {
  const report = readJson(join(results, "vitest.json"));
  if (!report) return undefined;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
};

const playwrightCounts = () => {
  const report = readJson(join(results, "playwright.json"));
  if (!report?.stats) return undefined;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected + flaky, failed: unexpected, skipped };
};

if ((await ensureNpmPackages(root)) !== 0) {
  console.error("npm install failed");
  console.log("0 passed, 1 failed");
  process.exit(1);
}

await step("typecheck", npm, ["run", "--silent", "typecheck"]);
await step("lint", npm, ["run", "--silent", "lint"]);
await step(
  "unit tests (vitest)",
  npm,
  [
    "exec",
    "--",
    "vitest",
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${join(results, "vitest.json")}`,
  ],
  vitestCounts,
);
const built = await step("production build", npm, ["run", "--silent", "build"]);
if (built && existsSync(join(root, ".next", "BUILD_ID"))) {
  await step("end-to-end tests (playwright)", npm, ["exec", "--", "playwright", "test"], playwrightCounts);
} else {
  steps.push({
    name: "end-to-end tests (playwright): not run, the build failed",
    passed: 0,
    failed: 1,
    skipped: 0,
    seconds: 0,
  });
}

const total = steps.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log("\n━━ summary ━━");
for (const s of steps) {
  console.log(
    `${s.failed > 0 ? "✗" : "✓"} ${s.name}: ${s.passed} passed, ${s.failed} failed${s.skipped ? `, ${s.skipped} skipped` : ""} (${s.seconds} s)`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exit(total.failed > 0 ? 1 : 0);
