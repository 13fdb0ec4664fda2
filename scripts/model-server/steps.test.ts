import { describe, expect, it } from "vitest";
import type { ChatMessage } from "./protocol";
import { planReply } from "./scenario";

const tools = ["conversation_search", "memory_insert"].map((name) => ({
  type: "function" as const,
  function: { name, parameters: { type: "object", properties: {} } },
}));

function turn(toolResults: number, text = "#steps 3 go"): ChatMessage[] {
  const messages: ChatMessage[] = [
    { role: "system", content: "You are an agent." },
    { role: "user", content: text },
  ];
  for (let index = 0; index < toolResults; index += 1) {
    const id = `call_${index}`;
    messages.push({
      role: "assistant",
      content: null,
      tool_calls: [{ id, type: "function", function: { name: "conversation_search", arguments: "{}" } }],
    });
    messages.push({ role: "tool", tool_call_id: id, content: '{"status": "OK", "message": "[]"}' });
  }
  return messages;
}

describe("#steps", () => {
  it("calls conversation_search n − 1 times, then ends the turn with text", () => {
    expect(planReply({ model: "scripted-model", messages: turn(0), tools })).toMatchObject({
      kind: "tool",
      name: "conversation_search",
      args: { query: "step 1 of 3" },
    });
    expect(planReply({ model: "scripted-model", messages: turn(1), tools })).toMatchObject({
      kind: "tool",
      args: { query: "step 2 of 3" },
    });
    expect(planReply({ model: "scripted-model", messages: turn(2), tools })).toMatchObject({
      kind: "text",
      scenario: "tool-result",
    });
  });

  it("defaults to 10 steps and needs the tool offered", () => {
    expect(planReply({ model: "scripted-model", messages: turn(8, "#steps"), tools })).toMatchObject({ kind: "tool" });
    expect(planReply({ model: "scripted-model", messages: turn(9, "#steps"), tools })).toMatchObject({ kind: "text" });
    expect(planReply({ model: "scripted-model", messages: turn(0), tools: [] })).toMatchObject({ kind: "text" });
  });
});
