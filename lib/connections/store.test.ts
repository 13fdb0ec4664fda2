import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withDb } from "@/lib/store";
import { connections as table } from "@/lib/store/schema/connections";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { readConnections, updateConnections } from "./store";

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

describe.each(storeBackends())("connection store on %s", (backend) => {
  const fresh = useFreshStore(backend);

  it("starts empty and keeps what is saved (the embedded store in a private folder)", async () => {
    expect(await readConnections()).toEqual([]);
    await updateConnections((connections) => ({ connections: [...connections, sample("a")], result: undefined }));
    expect(await readConnections()).toEqual([sample("a")]);
    if (backend === "embedded") {
      expect((await stat(fresh.dataDir())).mode & 0o777).toBe(0o700);
      expect((await stat(path.join(fresh.dataDir(), "store"))).mode & 0o777).toBe(0o700);
    }
  }, 60_000);

  it("applies concurrent changes one after the other", async () => {
    await Promise.all(
      ["b", "c", "d"].map((id) =>
        updateConnections((connections) => ({ connections: [...connections, sample(id)], result: undefined })),
      ),
    );
    const ids = (await readConnections()).map((connection) => connection.id);
    expect(ids[0]).toBe("a");
    expect([...ids].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("changes and removes, and keeps the old list when a change fails", async () => {
    await updateConnections((connections) => ({
      connections: connections.filter((c) => c.id !== "b").map((c) => (c.id === "a" ? { ...c, name: "Renamed" } : c)),
      result: undefined,
    }));
    await expect(
      updateConnections(() => {
        throw new Error("nope");
      }),
    ).rejects.toThrow("nope");
    const kept = await readConnections();
    expect(kept.map((connection) => [connection.id, connection.name]).sort()).toEqual([
      ["a", "Renamed"],
      ["c", "Server c"],
      ["d", "Server d"],
    ]);
  });

  it("explains a damaged record", async () => {
    await withDb((db) => db.insert(table).values({ ...sample("z"), kind: "unknown-kind", position: 9 }));
    await expect(readConnections()).rejects.toThrow(/saved connection "z" is damaged/);
  });
});
