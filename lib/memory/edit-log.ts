import "server-only";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { dataDir } from "@/lib/connections/store";

/** One block save made through the ADE (Letta keeps no record of who wrote a block). */
const editSchema = z.object({
  connectionId: z.string(),
  blockId: z.string(),
  label: z.string(),
  at: z.string(),
  characters: z.number(),
  overwroteServerChange: z.boolean(),
});

export type AdeBlockEdit = z.infer<typeof editSchema>;

function logFile(): string {
  return path.join(dataDir(), "block-edits.jsonl");
}

export async function recordAdeEdit(edit: AdeBlockEdit): Promise<void> {
  await mkdir(dataDir(), { recursive: true, mode: 0o700 });
  await appendFile(logFile(), `${JSON.stringify(edit)}\n`, { encoding: "utf8", mode: 0o600 });
}

/** The ADE's saves of the given blocks on one connection; unreadable lines are skipped. */
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
      return parsed.success && parsed.data.connectionId === connectionId && blockIds.has(parsed.data.blockId) ? [parsed.data] : [];
    } catch {
      return [];
    }
  });
}
