#!/usr/bin/env node
// Serves the production build. Loopback only: the ADE can make a Letta server run code, so it
// refuses to listen on any other interface (access control for shared networks is not built yet).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const host = process.env.ADE_HOST?.trim() || "127.0.0.1";
const port = process.env.PORT?.trim() || "3000";

const loopback = host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
if (!loopback) {
  console.error(
    `Refusing to serve the ADE on ${host}: it can run tools (code) on your Letta server, and this version has no ` +
      "access password to protect other interfaces. Use ADE_HOST=127.0.0.1 (the default) and reach it through an " +
      "SSH tunnel or an authenticating reverse proxy.",
  );
  process.exit(2);
}
if (!/^\d{1,5}$/.test(port) || Number(port) < 1 || Number(port) > 65535) {
  console.error(`PORT must be a number from 1 to 65535, got "${port}".`);
  process.exit(2);
}
if (!existsSync(join(root, ".next", "BUILD_ID"))) {
  console.error("No production build found: run `npm run build` first (or `npm start`, which builds for you).");
  process.exit(2);
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const child = spawn(process.execPath, [nextBin, "start", "--hostname", host, "--port", port], {
  cwd: root,
  stdio: "inherit",
  env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
