import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planReply } from "./scenario";
import { startModelServer, type ModelServer } from "./server";
import type { ChatRequest } from "./protocol";

const fileTool = (name: string) => ({
  type: "function" as const,
  function: { name, description: name, parameters: { type: "object", properties: {}, required: [] } },
});

function request(text: string, tools = ["grep_files", "open_files", "semantic_search_files"]): ChatRequest {
  return {
    model: "scripted-model",
    messages: [
      { role: "system", content: "You are a helpful agent." },
      { role: "user", content: text },
    ],
    tools: tools.map(fileTool),
  } as ChatRequest;
}

describe("file tool keywords", () => {
  it("#grep calls grep_files with the pattern", () => {
    expect(planReply(request("please #grep zebra crossing"))).toMatchObject({
      kind: "tool",
      name: "grep_files",
      args: { pattern: "zebra crossing" },
    });
  });

  it("#open calls open_files for the whole file, or a line range", () => {
    expect(planReply(request("#open manuals/guide.md"))).toMatchObject({
      kind: "tool",
      name: "open_files",
      args: { file_requests: [{ file_name: "manuals/guide.md" }], close_all_others: false },
    });
    expect(planReply(request("#open manuals/guide.md 10 20"))).toMatchObject({
      args: { file_requests: [{ file_name: "manuals/guide.md", offset: 10, length: 20 }] },
    });
  });

  it("#semantic calls semantic_search_files", () => {
    expect(planReply(request("#semantic apples"))).toMatchObject({
      kind: "tool",
      name: "semantic_search_files",
      args: { query: "apples" },
    });
  });

  it("says so when the agent has no folder (no file tools) or the argument is missing", () => {
    const plan = planReply(request("#grep zebra", ["memory_insert"]));
    expect(plan).toMatchObject({ kind: "text" });
    expect(plan.kind === "text" ? plan.text : "").toContain("Tool grep_files is not available");
    expect(planReply(request("#grep"))).toMatchObject({ kind: "text", text: "Usage: #grep <pattern>" });
  });

  it("the first keyword in the message wins", () => {
    const tools = ["grep_files", "archival_memory_search"];
    expect(planReply(request("#recall x then #grep y", tools))).toMatchObject({ name: "archival_memory_search" });
    expect(planReply(request("#grep y then #recall x", tools))).toMatchObject({ name: "grep_files" });
  });
});

describe("scripted embedding failure", () => {
  let server: ModelServer;
  beforeAll(async () => {
    server = await startModelServer({ port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it("answers 400 without retry when an input holds #embedding-error, and embeds other inputs", async () => {
    const post = (input: string[]) =>
      fetch(`${server.url}/v1/embeddings`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ model: "text-embedding-3-small", input, encoding_format: "float" }),
      });
    const failed = await post(["fine", "this one has #embedding-error in it"]);
    expect(failed.status).toBe(400);
    expect(failed.headers.get("x-should-retry")).toBe("false");
    expect(JSON.stringify(await failed.json())).toContain("Scripted embedding failure");
    expect((await post(["fine"])).status).toBe(200);
  });
});
