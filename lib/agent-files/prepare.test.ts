import { describe, expect, it } from "vitest";
import { prepareForImport } from "./prepare";
import { agentFileSchema, type AgentFile } from "./schema";

function file(): AgentFile {
  return agentFileSchema.parse({
    agents: [
      {
        id: "agent-0",
        name: "Ada",
        system: "You are Ada.",
        messages: [
          { id: "message-0", role: "system", content: "compiled" },
          { id: "message-1", role: "user", content: "hi" },
        ],
        in_context_message_ids: ["message-0", "message-1"],
      },
      { id: "agent-1", name: "Ada-sleeptime", system: "You sleep.", messages: [], in_context_message_ids: [] },
    ],
    groups: [],
    blocks: [],
    files: [],
    sources: [],
    tools: [],
    mcp_servers: [],
  });
}

describe("prepareForImport", () => {
  it("keeps messages and names by default, and gives an agent without messages a system message", () => {
    const prepared = prepareForImport(file());
    expect(prepared.agents[0]?.messages?.map((m) => m.id)).toEqual(["message-0", "message-1"]);
    expect(prepared.agents[0]?.name).toBe("Ada");
    expect(prepared.agents[1]?.in_context_message_ids).toEqual(["message-2"]);
    expect(prepared.agents[1]?.messages).toEqual([
      { id: "message-2", role: "system", content: [{ type: "text", text: "You sleep." }] },
    ]);
  });

  it("strips the conversation but keeps the system message", () => {
    const prepared = prepareForImport(file(), { stripMessages: true });
    expect(prepared.agents[0]?.messages?.map((m) => m.id)).toEqual(["message-0"]);
    expect(prepared.agents[0]?.in_context_message_ids).toEqual(["message-0"]);
  });

  it("renames the first agent and the agents named after it", () => {
    const prepared = prepareForImport(file(), { name: "  Copy of Ada " });
    expect(prepared.agents.map((agent) => agent.name)).toEqual(["Copy of Ada", "Copy of Ada-sleeptime"]);
  });

  it("leaves the input untouched", () => {
    const original = file();
    prepareForImport(original, { name: "Bob", stripMessages: true });
    expect(original.agents[0]?.name).toBe("Ada");
    expect(original.agents[0]?.messages).toHaveLength(2);
  });
});
