import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { addTestMessage, removeTestMessage } from "./pair";

const dir = mkdtempSync(path.join(tmpdir(), "ade-ab-chat-"));
process.env.ADE_DATA_DIR = dir;
const { changePair, readPair } = await import("./store");

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("A/B chat store", () => {
  it("keeps a pair's messages per server, in either order of the agents, and forgets an emptied pair", async () => {
    await Promise.all([
      changePair("server-1", "agent-a", "agent-b", (pair) => addTestMessage(pair, { id: "m1", text: "one" })),
      changePair("server-1", "agent-b", "agent-a", (pair) => addTestMessage(pair, { id: "m2", text: "two" })),
    ]);
    expect((await readPair("server-1", "agent-b", "agent-a")).messages.map((message) => message.text)).toEqual([
      "one",
      "two",
    ]);
    expect((await readPair("server-2", "agent-a", "agent-b")).messages).toEqual([]);
    await changePair("server-1", "agent-a", "agent-b", (pair) =>
      removeTestMessage(removeTestMessage(pair, "m1"), "m2"),
    );
    const file: unknown = JSON.parse(readFileSync(path.join(dir, "ab-chat.json"), "utf8"));
    expect(file).toEqual({ version: 1, servers: { "server-1": {} } });
  });

  it("leaves the file as it was when a change is refused", async () => {
    await changePair("server-1", "agent-a", "agent-b", (pair) => addTestMessage(pair, { id: "m1", text: "one" }));
    await expect(
      changePair("server-1", "agent-a", "agent-b", (pair) => removeTestMessage(pair, "missing")),
    ).rejects.toThrow();
    expect((await readPair("server-1", "agent-a", "agent-b")).messages).toHaveLength(1);
  });
});
