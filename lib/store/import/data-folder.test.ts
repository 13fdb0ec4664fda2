import { cpSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPair } from "@/lib/ab-chat/store";
import { getDataset, listDatasets } from "@/lib/evals/store";
import { isRevoked } from "@/lib/access/revoked";
import { archivedConversations } from "@/lib/chat/archive-store";
import { readConnections } from "@/lib/connections/store";
import { readAdeEdits } from "@/lib/memory/edit-log";
import { readSnapshots } from "@/lib/memory/snapshots";
import { providerChecks } from "@/lib/providers/check-store";
import { store, withDb } from "@/lib/store";
import { storeBackends, useFreshStore } from "@/lib/testing/store-backends";
import { readSetting } from "../settings";
import { blockEdits, blockSnapshots } from "../schema/memory";
import { importDataFolder } from "./data-folder";

/** A data folder written by the release before the store, with its own code (every kind of record). */
const fixture = path.resolve("lib/store/import/testdata/data-folder");
const json = (name: string): unknown => JSON.parse(readFileSync(path.join(fixture, name), "utf8"));

describe.each(storeBackends())("importing a data folder into the store on %s", (backend) => {
  useFreshStore(backend, { seed: (dir) => cpSync(fixture, dir, { recursive: true }) });

  it("brings every record in when the store first opens", async () => {
    await store();
    expect(await readConnections()).toEqual((json("connections.json") as { connections: unknown[] }).connections);
    const archive = json("archived-conversations.json") as { servers: Record<string, Record<string, string>> };
    for (const [server, entries] of Object.entries(archive.servers))
      expect(await archivedConversations(server)).toEqual(entries);
    const checks = json("provider-checks.json") as { servers: Record<string, unknown> };
    for (const [server, entries] of Object.entries(checks.servers))
      expect(await providerChecks(server)).toEqual(entries);
    // The A/B chat's test messages became datasets (one case per message, tagged ab-chat), picked for their pair.
    const abChat = json("ab-chat.json") as {
      servers: Record<string, Record<string, { messages: { text: string }[]; replay: unknown }>>;
    };
    for (const [server, pairs] of Object.entries(abChat.servers))
      for (const [key, pair] of Object.entries(pairs)) {
        const [a = "", b = ""] = key.split("|");
        const saved = await readPair(server, b, a);
        expect(saved.replay).toEqual(pair.replay);
        if (pair.messages.length === 0) {
          expect(saved.datasetId).toBeNull();
          continue;
        }
        const dataset = await getDataset(saved.datasetId ?? "");
        expect(dataset?.name).toBe(`A/B chat: ${a} & ${b}`);
        expect(dataset?.cases).toEqual(
          pair.messages.map((message, index) => ({
            id: `case-${index + 1}`,
            input: [message.text],
            tags: ["ab-chat"],
          })),
        );
      }
    const env = await readSnapshots("env", ["block-1", "block-2"]);
    expect(env.get("block-1")).toEqual(
      (json("block-snapshots/b77349bf1fa9b26d45d545d7/block-1.json") as { snapshots: unknown }).snapshots,
    );
    expect(env.get("block-2")?.map((snapshot) => snapshot.value)).toEqual(["persona"]);
    expect((await readSnapshots("conn-self", ["block-1"])).get("block-1")?.map((s) => s.value)).toEqual([
      "other server's block",
    ]);
    const lines = readFileSync(path.join(fixture, "block-edits.jsonl"), "utf8").trim().split("\n");
    const envEdits = await readAdeEdits("env", new Set(["block-1", "block-2", "block-3"]));
    const selfEdits = await readAdeEdits("conn-self", new Set(["block-1"]));
    expect(envEdits.length + selfEdits.length).toBe(lines.length);
    expect(envEdits.find((edit) => edit.blockId === "block-1")).toMatchObject({
      before: "first value",
      after: "second value",
    });
    expect(envEdits.find((edit) => edit.blockId === "block-2")).toMatchObject({ kind: "save", before: null });
    expect(await readSetting("session-secret")).toBe(readFileSync(path.join(fixture, "session-secret"), "utf8").trim());
    for (const id of readFileSync(path.join(fixture, "revoked-sessions"), "utf8").trim().split("\n"))
      expect(await isRevoked(`${id}.signature`)).toBe(true);
    expect(await isRevoked("4070908800002.nonce-three.signature")).toBe(false);
  }, 120_000);

  it("adds nothing twice when the import runs again", async () => {
    const count = async () => ({
      snapshots: (await withDb((db) => db.select().from(blockSnapshots))).length,
      edits: (await withDb((db) => db.select().from(blockEdits))).length,
      connections: (await readConnections()).length,
      datasets: (await listDatasets()).length,
    });
    const before = await count();
    const report = await importDataFolder((await store()).db, fixture);
    expect(report).toMatchObject({ connections: 3, blockSnapshots: 0, blockEdits: 4, revokedSessions: 2, skipped: [] });
    expect(await count()).toEqual(before);
  });
});
