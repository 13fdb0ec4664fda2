import "server-only";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "@/lib/connections/store";
import type { ProviderCheckRecord } from "./types";

/**
 * The last result of the server's check of each run-time provider. Letta 0.16.8 keeps no record of checks (and
 * swallows the error when it fails to fetch a provider's models), so the ADE keeps the last one per server in
 * `provider-checks.json` in its data folder, to explain a provider that has no models.
 */
const recordSchema = z.object({ ok: z.boolean(), message: z.string(), endpoint: z.string(), checkedAt: z.string() });
const fileSchema = z.object({
  version: z.literal(1),
  servers: z.record(z.string(), z.record(z.string(), recordSchema)),
});
type CheckFile = z.infer<typeof fileSchema>;

function checkFile(): string {
  return path.join(dataDir(), "provider-checks.json");
}

async function readChecks(): Promise<CheckFile> {
  let text: string;
  try {
    text = await readFile(checkFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, servers: {} };
    throw error;
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { version: 1, servers: {} };
  } catch {
    return { version: 1, servers: {} };
  }
}

let writes: Promise<unknown> = Promise.resolve();

function changeChecks(change: (file: CheckFile) => void): Promise<void> {
  const next = writes.then(async () => {
    const file = await readChecks();
    change(file);
    const dir = dataDir();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = path.join(dir, `.provider-checks.${process.pid}.tmp`);
    const handle = await open(temporary, "w", 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, "utf8");
    } finally {
      await handle.close();
    }
    await rename(temporary, checkFile());
  });
  writes = next.catch(() => undefined);
  return next;
}

export async function providerChecks(server: string): Promise<Record<string, ProviderCheckRecord>> {
  return (await readChecks()).servers[server] ?? {};
}

export function recordProviderCheck(server: string, providerId: string, record: ProviderCheckRecord): Promise<void> {
  return changeChecks((file) => {
    file.servers[server] = { ...(file.servers[server] ?? {}), [providerId]: record };
  });
}

export function forgetProviderCheck(server: string, providerId: string): Promise<void> {
  return changeChecks((file) => {
    const entries = { ...(file.servers[server] ?? {}) };
    delete entries[providerId];
    file.servers[server] = entries;
  });
}
