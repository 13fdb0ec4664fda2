#!/usr/bin/env node
// `npm start`: installs what is missing, starts the local Letta stack unless LETTA_BASE_URL points at a
// server that answers, builds the ADE when its sources changed, and serves it on 127.0.0.1.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildIsStale, ensureNpmPackages, lettaAnswers, run } from "./lib/run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const started = Date.now();

function fail(message, code = 1) {
  console.error(`\n✗ ${message}`);
  process.exit(code);
}

if ((await ensureNpmPackages(root)) !== 0) fail("npm install failed (see above).");

const configured = process.env.LETTA_BASE_URL?.trim();
const lettaUrl = configured || `http://127.0.0.1:${process.env.LETTA_PORT?.trim() || "8283"}`;
if (await lettaAnswers(lettaUrl)) {
  console.log(`Using the Letta server at ${lettaUrl}.`);
} else if (configured && !/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\/?$/.test(configured)) {
  fail(
    `LETTA_BASE_URL=${configured} does not answer at /v1/health/. Check the URL and that the server runs, ` +
      "or unset LETTA_BASE_URL to have a local Letta server started for you.",
  );
} else {
  console.log("Starting the local Letta stack (PostgreSQL + pgvector, Letta 0.16.8, scripted model)…");
  const lettaPort = new URL(lettaUrl).port || "8283";
  const env = { ...process.env, LETTA_PORT: lettaPort };
  if ((await run(npm, ["run", "--silent", "stack:up"], { cwd: root, env })) !== 0)
    fail("The local Letta stack did not start (see above).");
}
process.env.LETTA_BASE_URL = lettaUrl;

if (buildIsStale(root)) {
  console.log("Building the ADE…");
  if ((await run(npm, ["run", "--silent", "build"], { cwd: root })) !== 0) fail("The build failed (see above).");
}

const host = process.env.ADE_HOST?.trim() || "127.0.0.1";
const port = process.env.PORT?.trim() || "3000";
console.log(
  `\nSet up in ${Math.round((Date.now() - started) / 1000)} s. Serving the ADE at http://${host}:${port}  (Ctrl+C stops it; \`npm run stack:down\` stops Letta)\n`,
);
process.exit(await run(process.execPath, [join(root, "scripts", "serve.mjs")], { cwd: root, env: process.env }));
