import { describe, expect, it } from "vitest";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { readAdeEdits, recordAdeEdit } from "./edit-log";

const edit = (blockId: string, at: string) => ({
  connectionId: "conn",
  blockId,
  label: "human",
  at,
  characters: 3,
  overwroteServerChange: false,
  kind: "save" as const,
  before: "old",
  after: "new",
});

describe.each(storeBackends())("the ADE's edit log on %s", (backend) => {
  useFreshStore(backend);

  it("keeps edits per connection and block, oldest first, and the same edit recorded twice once", async () => {
    await recordAdeEdit(edit("block-a", "2026-01-01T10:00:00.000Z"));
    await Promise.all([
      recordAdeEdit(edit("block-a", "2026-01-01T10:00:05.000Z")),
      recordAdeEdit(edit("block-a", "2026-01-01T10:00:05.000Z")),
    ]);
    await recordAdeEdit(edit("block-b", "2026-01-01T10:00:06.000Z"));
    await recordAdeEdit({ ...edit("block-a", "2026-01-01T10:00:07.000Z"), connectionId: "other" });
    const edits = await readAdeEdits("conn", new Set(["block-a"]));
    expect(edits.map((entry) => entry.at)).toEqual(["2026-01-01T10:00:00.000Z", "2026-01-01T10:00:05.000Z"]);
    expect(edits[0]).toEqual(edit("block-a", "2026-01-01T10:00:00.000Z"));
  });

  it("reads an edit without values as having none", async () => {
    await recordAdeEdit({
      connectionId: "conn",
      blockId: "block-c",
      label: "persona",
      at: "2026-01-01T00:00:00.000Z",
      characters: 1,
      overwroteServerChange: true,
    });
    expect(await readAdeEdits("conn", new Set(["block-c"]))).toEqual([
      expect.objectContaining({ kind: "save", before: null, after: null, overwroteServerChange: true }),
    ]);
  });
});
