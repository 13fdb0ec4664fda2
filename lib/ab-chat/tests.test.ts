import { describe, expect, it } from "vitest";
import { saveCase } from "@/lib/evals/datasets";
import { deleteDataset, getDataset, listDatasets } from "@/lib/evals/store";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { addTestMessage, pickDataset, readPairTests, removeTestCase, startPairReplay } from "./tests";

const a = { id: "agent-a", name: "Support", model: null };
const b = { id: "agent-b", name: "Support v2", model: null };
const server = "http://127.0.0.1:8283";

describe.each(storeBackends())("the A/B chat's test messages as a dataset on %s", (backend) => {
  useFreshStore(backend);

  it("makes a dataset for the pair with the first message, adds to it after, and replays each case's turns in order", async () => {
    expect(await readPairTests(server, a.id, b.id)).toEqual({ dataset: null, replay: null });
    const first = await addTestMessage(server, [a, b], "hello");
    const datasetId = first.dataset?.id ?? "";
    expect(first.dataset).toEqual({
      id: datasetId,
      name: "A/B chat: Support & Support v2",
      cases: [{ id: "case-1", input: ["hello"] }],
    });
    await addTestMessage(server, [b, a], "to remove");
    await addTestMessage(server, [a, b], "bye");
    expect((await removeTestCase(server, b.id, a.id, "case-2")).dataset?.cases.map((item) => item.input)).toEqual([
      ["hello"],
      ["bye"],
    ]);
    expect((await getDataset(datasetId))?.cases.map((item) => item.tags)).toEqual([["ab-chat"], ["ab-chat"]]);
    await saveCase(datasetId, undefined, { id: "two-turns", input: ["turn 1", "turn 2"], tags: [] });

    const started = await startPairReplay(server, a.id, b.id, "replay-1", "now");
    expect(started.replay?.messages.map((message) => message.text)).toEqual(["hello", "bye", "turn 1", "turn 2"]);
    expect(started.replay?.datasetName).toBe("A/B chat: Support & Support v2");

    // Picking none leaves the dataset; a deleted dataset is no longer picked, and the replay stays.
    expect((await pickDataset(server, a.id, b.id, null)).dataset).toBeNull();
    await expect(startPairReplay(server, a.id, b.id, "replay-2", "now")).rejects.toThrow(/No dataset is picked/);
    expect(await getDataset(datasetId)).not.toBeNull();
    await pickDataset(server, a.id, b.id, datasetId);
    await deleteDataset(datasetId);
    const afterDelete = await readPairTests(server, b.id, a.id);
    expect(afterDelete.dataset).toBeNull();
    expect(afterDelete.replay?.id).toBe("replay-1");
    await expect(pickDataset(server, a.id, b.id, datasetId)).rejects.toThrow(/no such dataset/);
  });

  it("makes one dataset when several messages are saved at once with none picked, each message a case", async () => {
    const c = { id: "agent-c", name: "C", model: null };
    const d = { id: "agent-d", name: "D", model: null };
    const before = (await listDatasets()).length;
    const texts = Array.from({ length: 10 }, (_, index) => `message ${index}`);
    await Promise.all(texts.map((text, index) => addTestMessage(server, index % 2 ? [c, d] : [d, c], text)));
    expect(await listDatasets()).toHaveLength(before + 1);
    const saved = await readPairTests(server, c.id, d.id);
    expect(saved.dataset?.cases.map((item) => item.input[0]).sort()).toEqual(texts.sort());
    expect(new Set(saved.dataset?.cases.map((item) => item.id)).size).toBe(10);
  });
});
