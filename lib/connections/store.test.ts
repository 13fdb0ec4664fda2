import { mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const root = await mkdtemp(path.join(tmpdir(), "ade-store-"));
const dir = path.join(root, "data");
process.env.ADE_DATA_DIR = dir;
const { readConnections, updateConnections } = await import("./store");

const sample = (id: string) => ({
  id,
  name: `Server ${id}`,
  kind: "self-hosted" as const,
  baseUrl: "http://localhost:8283",
  secret: "sk-let-secret",
  projectId: null,
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
});

describe("connection store", () => {
  beforeAll(async () => {
    expect(await readConnections()).toEqual([]);
  });

  it("writes a private file in a private folder", async () => {
    await updateConnections((connections) => ({ connections: [...connections, sample("a")], result: undefined }));
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dir, "connections.json"))).mode & 0o777).toBe(0o600);
    expect(await readConnections()).toEqual([sample("a")]);
  });

  it("applies concurrent changes one after the other and leaves no temporary files", async () => {
    await Promise.all(
      ["b", "c", "d"].map((id) =>
        updateConnections((connections) => ({ connections: [...connections, sample(id)], result: undefined })),
      ),
    );
    expect((await readConnections()).map((connection) => connection.id)).toEqual(["a", "b", "c", "d"]);
    expect(await readdir(dir)).toEqual(["connections.json"]);
  });

  it("keeps the old list when a change fails", async () => {
    await expect(
      updateConnections(() => {
        throw new Error("nope");
      }),
    ).rejects.toThrow("nope");
    expect(JSON.parse(await readFile(path.join(dir, "connections.json"), "utf8")).connections).toHaveLength(4);
  });

  it("explains a damaged file", async () => {
    await writeFile(path.join(dir, "connections.json"), "{ not json");
    await expect(readConnections()).rejects.toThrow(/is damaged/);
  });
});
