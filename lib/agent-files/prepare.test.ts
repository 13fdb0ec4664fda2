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

function sleeptimeFile(): AgentFile {
  const base = file();
  return {
    ...base,
    agents: base.agents.map((agent, index) => (index === 1 ? { ...agent, name: "companion-sleeptime_copy" } : agent)),
    groups: [
      {
        id: "group-0",
        agent_ids: ["agent-1"],
        manager_config: { manager_type: "sleeptime", manager_agent_id: "agent-0", sleeptime_agent_frequency: 5 },
      },
    ],
  };
}

describe("prepareForImport", () => {
  it("switches sleep-time on for a sleep-time group's main agent and names its sleep-time agent after it", () => {
    const prepared = prepareForImport(sleeptimeFile(), { name: "Eve", enableSleeptime: true });
    expect(prepared.agents.map((agent) => [agent.name, agent.enable_sleeptime])).toEqual([
      ["Eve", true],
      ["Eve-sleeptime", undefined],
    ]);
  });

  it("leaves sleep-time as the file has it when asked to", () => {
    const prepared = prepareForImport(sleeptimeFile(), { enableSleeptime: false });
    expect(prepared.agents[0]?.enable_sleeptime).toBeUndefined();
    expect(prepared.agents[1]?.name).toBe("Ada-sleeptime");
  });

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
