import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(path.join(tmpdir(), "ade-snapshots-"));
process.env.ADE_DATA_DIR = dir;
const { observeBlocks, readSnapshots, trimSnapshots } = await import("./snapshots");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("block snapshots", () => {
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

  it("writes concurrent observations of one block in turn, to a private file", async () => {
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
    const files = path.join(dir, "block-snapshots");
    const [connectionDir] = (await import("node:fs")).readdirSync(files);
    const stored: unknown = JSON.parse(readFileSync(path.join(files, connectionDir ?? "", "block-b.json"), "utf8"));
    expect(stored).toMatchObject({ blockId: "block-b", snapshots: [{ value: "x" }, { value: "y" }, { value: "z" }] });
  });
});

describe("trimSnapshots", () => {
  const snap = (value: string) => ({ value, firstSeen: "t", lastSeen: "t" });
  it("keeps the newest within the count and character bounds, and always the newest one", () => {
    expect(trimSnapshots([snap("a"), snap("b"), snap("c")], 2, 100).map((s) => s.value)).toEqual(["b", "c"]);
    expect(trimSnapshots([snap("aaaa"), snap("bb"), snap("cc")], 10, 5).map((s) => s.value)).toEqual(["bb", "cc"]);
    expect(trimSnapshots([snap("a"), snap("x".repeat(50))], 10, 5).map((s) => s.value.length)).toEqual([50]);
  });
});
