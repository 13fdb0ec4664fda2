/**
 * Starts the scripted model server:
 *   npx tsx scripts/model-server/main.ts [--host 127.0.0.1] [--port 8284] [--quiet]
 * Env: MODEL_SERVER_HOST, MODEL_SERVER_PORT (flags win). Prints `model-server listening on http://HOST:PORT`
 * on stdout when ready; one line per request goes to stderr unless --quiet.
 */
import { parseArgs } from "node:util";
import { startModelServer } from "./server";

const { values } = parseArgs({
  options: {
    host: { type: "string" },
    port: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

const host = values.host ?? process.env.MODEL_SERVER_HOST ?? "127.0.0.1";
const portText = values.port ?? process.env.MODEL_SERVER_PORT ?? "8284";
const port = Number.parseInt(portText, 10);
if (!/^\d+$/.test(portText) || port > 65535) {
  console.error(`model-server: invalid port "${portText}"`);
  process.exit(2);
}

const server = await startModelServer({
  host,
  port,
  log: values.quiet ? undefined : (line) => console.error(`[model-server ${new Date().toISOString()}] ${line}`),
}).catch((error: unknown) => {
  console.error(
    `model-server: cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
});

console.log(`model-server listening on ${server.url}`);

let stopping = false;
const stop = (signal: NodeJS.Signals) => {
  if (stopping) return;
  stopping = true;
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`model-server: error while stopping on ${signal}: ${String(error)}`);
      process.exit(1);
    },
  );
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
