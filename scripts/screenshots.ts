/**
 * Screenshots of the workspace in light and dark, from a running ADE, into public/ (for the README).
 *
 *   npx tsx scripts/screenshots.ts                        # ADE at http://127.0.0.1:3000, its first agent
 *   npx tsx scripts/screenshots.ts --ade-url http://127.0.0.1:3100 --agent agent-123 --out public
 *
 * Chromium is Debian's (/usr/bin/chromium) unless CHROMIUM_PATH says otherwise. With an access password set,
 * pass it as ADE_ACCESS_PASSWORD and the script logs in first.
 */
import { chromium, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { values: args } = parseArgs({
  options: {
    "ade-url": { type: "string", default: process.env.ADE_URL ?? "http://127.0.0.1:3000" },
    agent: { type: "string" },
    out: { type: "string", default: "public" },
    width: { type: "string", default: "1440" },
    height: { type: "string", default: "900" },
  },
});

const base = args["ade-url"].replace(/\/$/, "");
const agentPageSchema = z.object({ agents: z.array(z.object({ id: z.string(), name: z.string() })) });

async function logIn(page: Page): Promise<void> {
  const password = process.env.ADE_ACCESS_PASSWORD;
  if (!password) return;
  const response = await page.request.post(`${base}/api/auth/login`, { data: { password } });
  if (!response.ok()) throw new Error(`Login failed: ${response.status()}`);
}

async function pickAgent(page: Page): Promise<{ id: string; name: string }> {
  const response = await page.request.get(`${base}/api/agents?limit=20`);
  if (!response.ok()) throw new Error(`${base}/api/agents answered ${response.status()}`);
  const { agents } = agentPageSchema.parse(await response.json());
  const chosen = args.agent ? agents.find((agent) => agent.id === args.agent) : agents[0];
  if (args.agent && !chosen) return { id: args.agent, name: args.agent };
  if (!chosen) throw new Error("The server has no agents: create one first (or pass --agent).");
  return chosen;
}

async function main() {
  const out = path.resolve(args.out);
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
  try {
    for (const theme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: { width: Number(args.width), height: Number(args.height) },
        colorScheme: theme,
        deviceScaleFactor: 1,
      });
      // The ADE's own theme choice (next-themes' storage key), set before any page runs.
      await context.addInitScript((value) => window.localStorage.setItem("ade-theme", value), theme);
      const page = await context.newPage();
      await logIn(page);
      const agent = await pickAgent(page);
      await page.goto(`${base}/agents/${encodeURIComponent(agent.id)}`, { waitUntil: "networkidle" });
      await page.getByRole("textbox", { name: "Message" }).waitFor();
      const file = path.join(out, `workspace-${theme}.png`);
      await page.screenshot({ path: file });
      console.log(`${file}: ${agent.name}, ${theme}`);
      await page.goto(`${base}/agents`, { waitUntil: "networkidle" });
      const list = path.join(out, `agents-${theme}.png`);
      await page.screenshot({ path: list });
      console.log(`${list}: the agent list, ${theme}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
