import "server-only";
import { appendFile, readFile, stat } from "node:fs/promises";
import { z } from "zod";
import { dataPath, ensurePrivateDir, writeFileAtomic } from "@/lib/data/files";

/**
 * Block writes made through the ADE (Letta keeps no record of who wrote a block), in
 * ADE_DATA_DIR/block-edits.jsonl. Lines written before values were logged lack `before`/`after`.
 */
const editSchema = z.object({
  connectionId: z.string(),
  blockId: z.string(),
  label: z.string(),
  at: z.string(),
  characters: z.number(),
  overwroteServerChange: z.boolean(),
  kind: z.enum(["save", "create"]).default("save"),
  /** The server's value read just before the write ("" for a created block); null when not read. */
  before: z.string().nullable().default(null),
  /** The value the server answered the write with. */
  after: z.string().nullable().default(null),
});

export type AdeBlockEdit = z.infer<typeof editSchema>;

/** When the log grows past this, the oldest lines are dropped down to half of it. */
const MAX_LOG_BYTES = 8 * 1024 * 1024;

function logFile(): string {
  return dataPath("block-edits.jsonl");
}

async function keepNewest(file: string): Promise<void> {
  const size = await stat(file).then(
    (info) => info.size,
    () => 0,
  );
  if (size <= MAX_LOG_BYTES) return;
  const lines = (await readFile(file, "utf8")).split("\n").filter((line) => line.trim());
  const kept: string[] = [];
  let bytes = 0;
  for (let index = lines.length - 1; index >= 0 && bytes < MAX_LOG_BYTES / 2; index -= 1) {
    const line = lines[index] ?? "";
    kept.unshift(line);
    bytes += Buffer.byteLength(line) + 1;
  }
  await writeFileAtomic(file, `${kept.join("\n")}\n`);
}

export async function recordAdeEdit(edit: z.input<typeof editSchema>): Promise<void> {
  await ensurePrivateDir();
  await appendFile(logFile(), `${JSON.stringify(edit)}\n`, { encoding: "utf8", mode: 0o600 });
  await keepNewest(logFile());
}

/** The ADE's writes of the given blocks on one connection, oldest first; unreadable lines are skipped. */
export async function readAdeEdits(connectionId: string, blockIds: ReadonlySet<string>): Promise<AdeBlockEdit[]> {
  let text: string;
  try {
    text = await readFile(logFile(), "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return text.split("\n").flatMap((line) => {
    if (!line.trim()) return [];
    try {
      const parsed = editSchema.safeParse(JSON.parse(line));
      return parsed.success && parsed.data.connectionId === connectionId && blockIds.has(parsed.data.blockId)
        ? [parsed.data]
        : [];
    } catch {
      return [];
    }
  });
}
