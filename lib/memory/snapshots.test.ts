import { describe, expect, it } from "vitest";
import { withDb } from "@/lib/store";
import { blockSnapshots } from "@/lib/store/schema/memory";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { observeBlocks, readSnapshots, trimSnapshots } from "./snapshots";

describe.each(storeBackends())("block snapshots on %s", (backend) => {
  useFreshStore(backend);

  it("keeps one snapshot per distinct value, extending lastSeen while the value stays", async () => {
    await observeBlocks("conn", [{ id: "block-a", value: "one" }], "2026-01-01T10:00:00.000Z");
    await observeBlocks("conn", [{ id: "block-a", value: "one" }], "2026-01-01T10:00:05.000Z");
    await observeBlocks("conn", [{ id: "block-a", value: "two" }], "2026-01-01T10:00:10.000Z");
    const snapshots = (await readSnapshots("conn", ["block-a"])).get("block-a");
    expect(snapshots).toEqual([
      { value: "one", firstSeen: "2026-01-01T10:00:00.000Z", lastSeen: "2026-01-01T10:00:05.000Z" },
      { value: "two", firstSeen: "2026-01-01T10:00:10.000Z", lastSeen: "2026-01-01T10:00:10.000Z" },
    ]);
  });

  it("keeps connections apart and ignores ids that are not block ids", async () => {
    await observeBlocks(
      "other",
      [
        { id: "block-a", value: "elsewhere" },
        { id: "../escape", value: "x" },
      ],
      "2026-01-01T10:00:00.000Z",
    );
    expect(
      (await readSnapshots("other", ["block-a", "../escape"])).get("block-a")?.map((snapshot) => snapshot.value),
    ).toEqual(["elsewhere"]);
    expect((await readSnapshots("conn", ["block-a"])).get("block-a")?.map((snapshot) => snapshot.value)).toEqual([
      "one",
      "two",
    ]);
  });

  it("writes concurrent observations of one block in turn, and the same change seen twice once", async () => {
    await Promise.all(
      ["x", "y", "z"].map((value, index) =>
        observeBlocks("conn", [{ id: "block-b", value }], `2026-01-01T10:00:0${index}.000Z`),
      ),
    );
    expect((await readSnapshots("conn", ["block-b"])).get("block-b")?.map((snapshot) => snapshot.value)).toEqual([
      "x",
      "y",
      "z",
    ]);
    await Promise.all(
      Array.from({ length: 6 }, () =>
        observeBlocks("conn", [{ id: "block-c", value: "same change" }], "2026-01-01T10:00:00.000Z"),
      ),
    );
    expect((await readSnapshots("conn", ["block-c"])).get("block-c")).toHaveLength(1);
  });

  it("keeps at most 50 values of a block", async () => {
    for (let index = 0; index < 55; index += 1)
      await observeBlocks(
        "conn",
        [{ id: "block-d", value: `v${index}` }],
        `2026-01-02T10:00:${String(index).padStart(2, "0")}.000Z`,
      );
    const kept = (await readSnapshots("conn", ["block-d"])).get("block-d") ?? [];
    expect(kept.map((snapshot) => snapshot.value)).toEqual(Array.from({ length: 50 }, (_, index) => `v${index + 5}`));
    const rows = await withDb((db) => db.select().from(blockSnapshots));
    expect(rows.filter((row) => row.blockId === "block-d")).toHaveLength(50);
  }, 60_000);
});

describe("trimSnapshots", () => {
  const snap = (value: string) => ({ value, firstSeen: "t", lastSeen: "t" });
  it("keeps the newest within the count and character bounds, and always the newest one", () => {
    expect(trimSnapshots([snap("a"), snap("b"), snap("c")], 2, 100).map((s) => s.value)).toEqual(["b", "c"]);
    expect(trimSnapshots([snap("aaaa"), snap("bb"), snap("cc")], 10, 5).map((s) => s.value)).toEqual(["bb", "cc"]);
    expect(trimSnapshots([snap("a"), snap("x".repeat(50))], 10, 5).map((s) => s.value.length)).toEqual([50]);
  });
});
