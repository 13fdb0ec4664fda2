import fs from "node:fs";
import path from "node:path";
import { HOST, repoRoot, type StackConfig } from "./config";
import { getJson } from "./health";

const MODEL_SERVER_ENTRY = path.join(repoRoot, "scripts", "model-server", "main.ts");

export async function modelServerHealthy(config: StackConfig): Promise<boolean> {
  return (await getJson(`http://${HOST}:${config.modelPort}/health`)) !== undefined;
}

/** `tsx scripts/model-server/main.ts --host 127.0.0.1 --port <modelPort>`, via the repo's own tsx. */
export function modelServerCommand(config: StackConfig): { command: string; args: string[] } {
  const localTsx = path.join(repoRoot, "node_modules", ".bin", "tsx");
  const args = [MODEL_SERVER_ENTRY, "--host", HOST, "--port", String(config.modelPort)];
  return fs.existsSync(localTsx) ? { command: localTsx, args } : { command: "npx", args: ["tsx", ...args] };
}
