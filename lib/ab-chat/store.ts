import "server-only";
import { z } from "zod";
import { dataPath, readTextIfExists, writeJsonAtomic } from "@/lib/data/files";
import { emptyPair, pairKey } from "./pair";
import { sideReplySchema } from "./schema";
import type { PairData } from "./types";

/**
 * The A/B chat's saved test messages and latest replay, per server and per unordered pair of agents, in
 * `ab-chat.json` in the ADE's data folder (written to a temporary file and renamed over the old one).
 */
const messageSchema = z.object({ id: z.string(), text: z.string() });
const pairSchema = z.object({
  messages: z.array(messageSchema),
  replay: z
    .object({
      id: z.string(),
      startedAt: z.string(),
      finishedAt: z.string().nullable(),
      stopped: z.boolean(),
      messages: z.array(messageSchema),
      replies: z.record(z.string(), z.array(sideReplySchema.nullable())),
    })
    .nullable(),
});
const fileSchema = z.object({
  version: z.literal(1),
  servers: z.record(z.string(), z.record(z.string(), pairSchema)),
});

type AbChatFile = z.infer<typeof fileSchema>;

const emptyFile = (): AbChatFile => ({ version: 1, servers: {} });

function storeFile(): string {
  return dataPath("ab-chat.json");
}

async function readStore(): Promise<AbChatFile> {
  const text = await readTextIfExists(storeFile());
  if (text === undefined) return emptyFile();
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyFile();
  } catch {
    return emptyFile();
  }
}

let writes: Promise<unknown> = Promise.resolve();

/** What the ADE keeps for this pair on this server (nothing saved yet: no messages, no replay). */
export async function readPair(server: string, a: string, b: string): Promise<PairData> {
  await writes;
  return (await readStore()).servers[server]?.[pairKey(a, b)] ?? emptyPair;
}

/** Changes one pair's data; one write at a time, so concurrent changes never lose each other. */
export function changePair(
  server: string,
  a: string,
  b: string,
  change: (pair: PairData) => PairData,
): Promise<PairData> {
  const next = writes.then(async () => {
    const file = await readStore();
    const key = pairKey(a, b);
    const pairs = { ...(file.servers[server] ?? {}) };
    const changed = change(pairs[key] ?? emptyPair);
    if (changed.messages.length === 0 && changed.replay === null) delete pairs[key];
    else pairs[key] = changed;
    file.servers[server] = pairs;
    await writeJsonAtomic(storeFile(), file);
    return changed;
  });
  writes = next.catch(() => undefined);
  return next;
}
