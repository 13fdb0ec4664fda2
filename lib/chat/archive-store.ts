import "server-only";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "@/lib/connections/store";

/**
 * Conversations archived through the ADE, for servers that cannot archive them themselves (Letta 0.16.8
 * can only delete one). Kept per server, in `archived-conversations.json` in the ADE's data folder.
 */
const fileSchema = z.object({ version: z.literal(1), servers: z.record(z.string(), z.record(z.string(), z.string())) });

type ArchiveFile = z.infer<typeof fileSchema>;

function archiveFile(): string {
  return path.join(dataDir(), "archived-conversations.json");
}

async function readArchive(): Promise<ArchiveFile> {
  let text: string;
  try {
    text = await readFile(archiveFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { version: 1, servers: {} };
    throw error;
  }
  const parsed = fileSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : { version: 1, servers: {} };
}

let writes: Promise<unknown> = Promise.resolve();

/** Written to a temporary file and renamed over the old one; one write at a time. */
function changeArchive(change: (file: ArchiveFile) => void): Promise<void> {
  const next = writes.then(async () => {
    const file = await readArchive();
    change(file);
    const dir = dataDir();
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const temporary = path.join(dir, `.archived-conversations.${process.pid}.tmp`);
    const handle = await open(temporary, "w", 0o600);
    try {
      await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, "utf8");
    } finally {
      await handle.close();
    }
    await rename(temporary, archiveFile());
  });
  writes = next.catch(() => undefined);
  return next;
}

/** The ids of the conversations archived on this server, with when. */
export async function archivedConversations(server: string): Promise<Record<string, string>> {
  return (await readArchive()).servers[server] ?? {};
}

export function setConversationArchived(server: string, conversationId: string, archived: boolean): Promise<void> {
  return changeArchive((file) => {
    const entries = { ...(file.servers[server] ?? {}) };
    if (archived) entries[conversationId] = new Date().toISOString();
    else delete entries[conversationId];
    file.servers[server] = entries;
  });
}
