import { describe, expect, it } from "vitest";
import { withDb } from "@/lib/store";
import { abChatTests } from "@/lib/store/schema/ab-chat";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { startReplay } from "./pair";
import { changePair, readPair } from "./store";

const dataset = { id: "ds-1", name: "Greetings", cases: [{ id: "case-1", input: ["hi"] }] };

describe.each(storeBackends())("A/B chat store on %s", (backend) => {
  useFreshStore(backend);

  it("keeps a pair's dataset and replay per server, in either order of the agents, and forgets an emptied pair", async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        changePair("server-1", index % 2 ? "agent-a" : "agent-b", index % 2 ? "agent-b" : "agent-a", (pair) => ({
          ...pair,
          datasetId: pair.datasetId ?? `ds-${index}`,
          replay: startReplay(dataset, "agent-a", "agent-b", `replay-${index}`, "now"),
        })),
      ),
    );
    const saved = await readPair("server-1", "agent-b", "agent-a");
    expect(saved.datasetId).toMatch(/^ds-\d$/);
    expect(saved.replay?.datasetId).toBe("ds-1");
    expect(await readPair("server-2", "agent-a", "agent-b")).toEqual({ datasetId: null, replay: null });
    await changePair("server-1", "agent-a", "agent-b", () => ({ datasetId: null, replay: null }));
    expect(await withDb((db) => db.select().from(abChatTests))).toEqual([]);
  });

  it("leaves the pair as it was when a change is refused", async () => {
    await changePair("server-1", "agent-a", "agent-b", (pair) => ({ ...pair, datasetId: "ds-1" }));
    await expect(
      changePair("server-1", "agent-a", "agent-b", () => {
        throw new Error("refused");
      }),
    ).rejects.toThrow();
    expect((await readPair("server-1", "agent-a", "agent-b")).datasetId).toBe("ds-1");
  });
});
