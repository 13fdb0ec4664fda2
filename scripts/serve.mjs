#!/usr/bin/env node
// Serves the production build. Loopback by default: the ADE can make a Letta server run code, so it
// serves any other interface only behind an access password (ADE_ACCESS_PASSWORD, see README "Access").
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { adePortProblem } from "./lib/ports.mjs";
import { run, stopChildrenWithThisProcess } from "./lib/run.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const host = process.env.ADE_HOST?.trim() || "127.0.0.1";
const port = process.env.PORT?.trim() || "3000";
const password = process.env.ADE_ACCESS_PASSWORD?.trim() ? process.env.ADE_ACCESS_PASSWORD : undefined;
// Same rule as lib/access/config.ts, checked here so a bad setting stops the start instead of every request.
const MIN_PASSWORD_LENGTH = 8;

function refuse(message) {
  console.error(message);
  process.exit(2);
}

const loopback = host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
if (!loopback && !password) {
  refuse(
    `Refusing to serve the ADE on ${host} without an access password: it can run tools (code) on your Letta server. ` +
      "Set ADE_ACCESS_PASSWORD (every visitor must then log in), or use ADE_HOST=127.0.0.1 (the default) and reach it " +
      "through an SSH tunnel.",
  );
}
if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
  refuse(`ADE_ACCESS_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long.`);
}
for (const name of ["ADE_DEMO_MODE", "ADE_DEMO_ALLOW_CHAT"]) {
  const value = process.env[name]?.trim().toLowerCase();
  if (value && !["0", "1", "true", "false", "yes", "no"].includes(value))
    refuse(`${name} must be 1 or 0 (true or false), got "${value}".`);
}
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT must be a number from 1 to 65535, got "${port}".`);
  process.exit(2);
}
const portProblem = await adePortProblem(host, port);
if (portProblem) {
  console.error(portProblem.replace("npm start", "npm run serve"));
  process.exit(1);
}
if (!existsSync(join(root, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first (or `npm start`, which builds for you).");
  process.exit(2);
}

// Stopping this process (or its parent going away) stops the server with it.
stopChildrenWithThisProcess(10_000);
const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
process.exit(
  await run(process.execPath, [nextBin, "start", "--hostname", host, "--port", port], {
    cwd: root,
    env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
  }),
);
