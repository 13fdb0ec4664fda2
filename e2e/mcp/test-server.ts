import fs from "node:fs";
import path from "node:path";
import { stackConfig } from "../global-setup";

/**
 * How to start the e2e MCP server over stdio: with the Python of the Letta server's own virtual
 * environment, which has the `mcp` package. The Letta server starts it itself, on this machine.
 */
export function mcpTestServerCommand(): { command: string; args: string[] } {
  const { cacheDir } = stackConfig();
  const venv = fs
    .readdirSync(cacheDir)
    .filter((name) => name.startsWith("venv-letta-") && fs.existsSync(path.join(cacheDir, name, "bin", "python")))
    .sort()
    .at(-1);
  if (!venv) throw new Error(`No Letta virtual environment in ${cacheDir}: start the test stack first.`);
  return {
    command: path.join(cacheDir, venv, "bin", "python"),
    args: [path.join(import.meta.dirname, "test_server.py"), "stdio"],
  };
}
