import fs from "node:fs";
import { COMPONENTS, configFromEnv } from "./config";
import { tailFile } from "./processes";
import { StackError } from "./errors";
import { stackDown, stackStatus, stackUp, stopComponent, wipe } from "./stack";

const USAGE = `usage: tsx scripts/stack/cli.ts <up|down|stop <component>|status|wipe|logs [component]>

Environment: ADE_STACK_DIR (default <repo>/.letta-stack), ADE_CACHE_DIR (~/.cache/letta-ade),
LETTA_PORT (8283), ADE_MODEL_PORT (8284), ADE_PG_PORT (8285), ADE_PYTHON (a Python 3.11–3.13).
Provider keys (OPENAI_API_KEY, OPENAI_BASE_URL, ANTHROPIC_API_KEY, OLLAMA_BASE_URL, GEMINI_API_KEY,
VLLM_API_BASE, …) are passed to Letta; without OPENAI_API_KEY the scripted model server is used.`;

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)}s`;
}

async function status(): Promise<number> {
  const { info, components } = await stackStatus(configFromEnv());
  console.log(`stack ${info.stackDir}${info.lettaVersion ? ` (letta ${info.lettaVersion})` : ""}`);
  for (const c of components) {
    console.log(
      `  ${c.component.padEnd(13)} ${c.state.padEnd(10)} ${c.pid ? `pid ${c.pid}`.padEnd(11) : "".padEnd(11)} ${c.url}`,
    );
  }
  console.log(`logs: ${info.logs.letta.replace(/letta\.log$/, "")}`);
  return components.every((c) => c.state === "healthy" || c.state === "not used") ? 0 : 3;
}

function logs(which?: string): number {
  const config = configFromEnv();
  const dir = `${config.stackDir}/logs`;
  const names = which ? [which] : [...COMPONENTS, "migrations", "install"];
  for (const name of names) {
    const file = `${dir}/${name}.log`;
    if (!fs.existsSync(file)) continue;
    console.log(`==> ${file} <==\n${tailFile(file, 40)}\n`);
  }
  return 0;
}

async function main(command: string | undefined, arg: string | undefined): Promise<number> {
  const started = Date.now();
  switch (command) {
    case "up":
      await stackUp(configFromEnv());
      console.log(`stack up in ${seconds(started)}`);
      return 0;
    case "down":
      await stackDown(configFromEnv());
      console.log(`stack down in ${seconds(started)}`);
      return 0;
    case "stop": {
      const component = COMPONENTS.find((name) => name === arg);
      if (!component) {
        console.error(`stop which component? one of: ${COMPONENTS.join(", ")} (\`up\` starts it again)`);
        return 2;
      }
      await stopComponent(configFromEnv(), component);
      return 0;
    }
    case "status":
      return status();
    case "wipe":
      await wipe(configFromEnv());
      return 0;
    case "logs":
      return logs(arg);
    default:
      console.error(USAGE);
      return command === "help" || command === "--help" ? 0 : 2;
  }
}

main(process.argv[2], process.argv[3]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof StackError) {
      console.error(`\n✗ ${error.component}: ${error.message}`);
      if (error.logFile)
        console.error(`\n--- last 40 lines of ${error.logFile} ---\n${tailFile(error.logFile, 40)}\n---`);
    } else {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
    process.exit(1);
  },
);
