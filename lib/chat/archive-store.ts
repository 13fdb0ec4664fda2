import "server-only";
import { z } from "zod";
import { dataPath, readTextIfExists, writeJsonAtomic } from "@/lib/data/files";

/**
 * Conversations archived through the ADE, for servers that cannot archive them themselves (Letta 0.16.8
 * can only delete one). Kept per server, in `archived-conversations.json` in the ADE's data folder.
 */
const fileSchema = z.object({ version: z.literal(1), servers: z.record(z.string(), z.record(z.string(), z.string())) });

type ArchiveFile = z.infer<typeof fileSchema>;

function archiveFile(): string {
  return dataPath("archived-conversations.json");
}

async function readArchive(): Promise<ArchiveFile> {
  const text = await readTextIfExists(archiveFile());
  if (text === undefined) return { version: 1, servers: {} };
  const parsed = fileSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : { version: 1, servers: {} };
}

let writes: Promise<unknown> = Promise.resolve();

/** Written to a temporary file and renamed over the old one; one write at a time. */
function changeArchive(change: (file: ArchiveFile) => void): Promise<void> {
  const next = writes.then(async () => {
    const file = await readArchive();
    change(file);
    await writeJsonAtomic(archiveFile(), file);
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
