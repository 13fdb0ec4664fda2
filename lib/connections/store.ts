import "server-only";
import { randomUUID } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { serverEnv } from "@/lib/env/server";
import { AppError } from "@/lib/errors";
import { connectionKinds } from "./types";

const storedConnectionSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(connectionKinds),
  baseUrl: z.string(),
  /** The self-hosted server's password or the Letta Cloud API key. Only ever read on the server. */
  secret: z.string().nullable(),
  projectId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const fileSchema = z.object({ version: z.literal(1), connections: z.array(storedConnectionSchema) });

export type StoredConnection = z.infer<typeof storedConnectionSchema>;

export function dataDir(): string {
  const configured = serverEnv().ADE_DATA_DIR;
  return configured ? path.resolve(/* turbopackIgnore: true */ configured) : path.join(process.cwd(), ".ade-data");
}

function connectionsFile(): string {
  return path.join(dataDir(), "connections.json");
}

export async function readConnections(): Promise<StoredConnection[]> {
  let text: string;
  try {
    text = await readFile(connectionsFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = fileSchema.safeParse(parsed);
  if (!result.success) {
    throw new AppError(
      "server_error",
      `The saved connections file ${connectionsFile()} is damaged.`,
      "Fix or delete that file on the ADE's machine, then reload.",
    );
  }
  return result.data.connections;
}

/**
 * Replaces the file in one step: the new content goes to a private temporary file that is flushed and
 * then renamed over the old one, so a crash leaves either the old or the new list, never half of one.
 */
async function writeConnections(connections: StoredConnection[]): Promise<void> {
  const dir = dataDir();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const target = connectionsFile();
  const temporary = path.join(dir, `.connections.${randomUUID()}.tmp`);
  const handle = await open(temporary, "wx", 0o600);
  try {
    await handle.writeFile(`${JSON.stringify({ version: 1, connections }, null, 2)}\n`, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Reads, changes and writes the list, one change at a time within this process. */
export function updateConnections<T>(
  change: (connections: StoredConnection[]) => { connections: StoredConnection[]; result: T },
): Promise<T> {
  const next = queue.then(async () => {
    const { connections, result } = change(await readConnections());
    await writeConnections(connections);
    return result;
  });
  queue = next.catch(() => undefined);
  return next;
}
