import { createHash } from "node:crypto";
import type { Dataset } from "@/lib/evals/types";

/**
 * The id of a pair's own dataset on a server: the one its old test messages moved into, and the one a message saved
 * with no dataset picked makes (the same id from every ADE process, so two saving at once make one dataset).
 */
export function pairDatasetId(server: string, pairKey: string): string {
  return `ds-ab-chat-${createHash("md5").update(`${server}|${pairKey}`).digest("hex")}`;
}

/**
 * The dataset the A/B chat's saved test messages of one pair become (one case per message, in order, tagged
 * ab-chat): the same as migration 0005_ab_chat_datasets.sql makes from a store's rows, for a data folder
 * written before the store (lib/store/import/).
 */
export function legacyPairDataset(
  server: string,
  pairKey: string,
  messages: readonly { text: string }[],
  now: string,
): Dataset {
  const id = pairDatasetId(server, pairKey);
  return {
    id,
    name: `A/B chat: ${pairKey.replace("|", " & ")}`,
    description: `The test messages the A/B chat kept for ${pairKey.replace("|", " and ")} on ${server}.`,
    cases: messages.map((message, index) => ({ id: `case-${index + 1}`, input: [message.text], tags: ["ab-chat"] })),
    graders: [],
    gate: 1,
    createdAt: now,
    updatedAt: now,
  };
}
