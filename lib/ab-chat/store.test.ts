import { describe, expect, it } from "vitest";
import { withDb } from "@/lib/store";
import { abChatPairs } from "@/lib/store/schema/ab-chat";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { addTestMessage, removeTestMessage } from "./pair";
import { changePair, readPair } from "./store";

describe.each(storeBackends())("A/B chat store on %s", (backend) => {
  useFreshStore(backend);

  it("keeps a pair's messages per server, in either order of the agents, and forgets an emptied pair", async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        changePair("server-1", index % 2 ? "agent-a" : "agent-b", index % 2 ? "agent-b" : "agent-a", (pair) =>
          addTestMessage(pair, { id: `m${index}`, text: `message ${index}` }),
        ),
      ),
    );
    const saved = (await readPair("server-1", "agent-b", "agent-a")).messages.map((message) => message.id);
    expect(saved.sort()).toEqual(Array.from({ length: 10 }, (_, index) => `m${index}`).sort());
    expect((await readPair("server-2", "agent-a", "agent-b")).messages).toEqual([]);
    await changePair("server-1", "agent-a", "agent-b", (pair) =>
      saved.reduce((current, id) => removeTestMessage(current, id), pair),
    );
    expect(await withDb((db) => db.select().from(abChatPairs))).toEqual([]);
  });

  it("leaves the pair as it was when a change is refused", async () => {
    await changePair("server-1", "agent-a", "agent-b", (pair) => addTestMessage(pair, { id: "m1", text: "one" }));
    await expect(
      changePair("server-1", "agent-a", "agent-b", (pair) => removeTestMessage(pair, "missing")),
    ).rejects.toThrow();
    expect((await readPair("server-1", "agent-a", "agent-b")).messages).toHaveLength(1);
  });
});
