import "server-only";
import { z } from "zod";
import { dataPath, readTextIfExists, writeJsonAtomic } from "@/lib/data/files";
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
  return dataPath("provider-checks.json");
}

async function readChecks(): Promise<CheckFile> {
  const text = await readTextIfExists(checkFile());
  if (text === undefined) return { version: 1, servers: {} };
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
    await writeJsonAtomic(checkFile(), file);
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
