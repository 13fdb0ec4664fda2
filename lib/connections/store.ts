import "server-only";
import { z } from "zod";
import { dataPath, ensurePrivateDir, readTextIfExists, writeJsonAtomic } from "@/lib/data/files";
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

function connectionsFile(): string {
  return dataPath("connections.json");
}

export async function readConnections(): Promise<StoredConnection[]> {
  const text = await readTextIfExists(connectionsFile());
  if (text === undefined) return [];
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

async function writeConnections(connections: StoredConnection[]): Promise<void> {
  await ensurePrivateDir();
  await writeJsonAtomic(connectionsFile(), { version: 1, connections });
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
