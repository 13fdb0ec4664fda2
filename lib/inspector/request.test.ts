import { describe, expect, it } from "vitest";
import { parseRequest, parseResponse, requestSections } from "./request";
import { diffRequests } from "./request-diff";

const system = (human: string) =>
  `<base_instructions>\nBe kind.\n</base_instructions>\n\n<memory_blocks>\nThe following memory blocks are currently engaged in your core memory unit:\n\n<persona>\n<description>\nWho you are.\n</description>\n<metadata>\n- chars_current=4\n</metadata>\n<value>\nI am\n</value>\n</persona>\n\n<reference/api>\n<value>\nGET /x\n</value>\n</reference/api>\n\n<human>\n<description>\nThe user.\n</description>\n<metadata>\n- chars_current=9\n</metadata>\n<value>\n${human}\n</value>\n</human>\n\n</memory_blocks>\n\n<memory_metadata>\n- now: 1\n</memory_metadata>`;

const request = (human: string, extra: object[] = [], tools = ["memory_insert", "conversation_search"]) => ({
  model: "scripted-model",
  messages: [{ role: "system", content: system(human) }, { role: "user", content: "#remember likes tea" }, ...extra],
  tools: tools.map((name) => ({
    type: "function",
    function: { name, description: `${name} does it`, parameters: { type: "object" } },
  })),
  tool_choice: "auto",
  temperature: 1,
  parallel_tool_calls: false,
});

describe("parseRequest", () => {
  it("splits the system prompt, the compiled memory, messages, tools and the tool choice", () => {
    const parsed = parseRequest(request("Runs tests."));
    expect(parsed.systemPrompt).toContain("Be kind.");
    expect(parsed.systemPrompt).not.toContain("<memory_blocks>");
    expect(parsed.memoryBlocks).toEqual([
      { label: "persona", value: "I am" },
      { label: "reference/api", value: "GET /x" },
      { label: "human", value: "Runs tests." },
    ]);
    expect(parsed.messages).toEqual([{ role: "user", text: "#remember likes tea", toolCalls: [], toolCallId: null }]);
    expect(parsed.tools.map((tool) => tool.name)).toEqual(["memory_insert", "conversation_search"]);
    expect(parsed.toolChoice).toBe("auto");
    expect(parsed.settings).toEqual([
      { name: "temperature", value: "1" },
      { name: "parallel_tool_calls", value: "false" },
    ]);
    expect(requestSections(parsed).map((section) => section.title)).toEqual([
      "System prompt",
      "Memory (as compiled)",
      "Message 1 (user)",
      "Tools offered (2)",
    ]);
  });

  it("reads tool calls of assistant messages and a named tool choice", () => {
    const parsed = parseRequest({
      messages: [
        {
          role: "assistant",
          content: null,
          tool_calls: [{ id: "c1", function: { name: "memory_insert", arguments: "{}" } }],
        },
        { role: "tool", content: "ok", tool_call_id: "c1" },
      ],
      tool_choice: { type: "function", function: { name: "send_message" } },
    });
    expect(parsed.systemPrompt).toBeNull();
    expect(parsed.messages[0]?.toolCalls).toEqual([{ id: "c1", name: "memory_insert", arguments: "{}" }]);
    expect(parsed.messages[1]?.toolCallId).toBe("c1");
    expect(parsed.toolChoice).toBe("the tool send_message");
  });
});

describe("parseResponse", () => {
  it("reads Letta's form of a streamed answer", () => {
    const parsed = parseResponse({
      content: {
        tool_call: JSON.stringify({
          id: "c1",
          type: "function",
          function: { name: "memory_insert", arguments: '{"a":1}' },
        }),
        content: [
          JSON.stringify({ type: "reasoning", reasoning: "hmm" }),
          JSON.stringify({ type: "text", text: "Hi" }),
        ],
      },
      usage: { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 },
    });
    expect(parsed).toEqual({
      text: "Hi",
      reasoning: "hmm",
      toolCalls: [{ id: "c1", name: "memory_insert", arguments: '{"a":1}' }],
      usage: { promptTokens: 10, completionTokens: 2, totalTokens: 12 },
      finishReason: null,
      error: null,
    });
  });

  it("reads an OpenAI chat completion", () => {
    const parsed = parseResponse({
      choices: [{ message: { content: "Done", reasoning_content: "why" }, finish_reason: "stop" }],
      usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 },
    });
    expect(parsed.text).toBe("Done");
    expect(parsed.reasoning).toBe("why");
    expect(parsed.finishReason).toBe("stop");
  });

  it("keeps the provider's error of a failed call", () => {
    expect(parseResponse({ error: "Error code: 500", error_type: "InternalServerError" }).error).toBe(
      "Error code: 500",
    );
  });
});

describe("diffRequests", () => {
  it("shows memory edits, new messages and tools offered", () => {
    const a = parseRequest(request("Runs tests."));
    const b = parseRequest(
      request("Runs tests.\nlikes tea", [{ role: "assistant", content: "Noted" }], ["memory_insert", "memory_replace"]),
    );
    const diff = diffRequests(a, b);
    expect(diff.memory).toHaveLength(1);
    expect(diff.memory[0]?.label).toBe("human");
    expect(diff.memory[0]?.parts.filter((part) => part.kind === "added").map((part) => part.text.trim())).toEqual([
      "likes tea",
    ]);
    expect(diff.messagesAdded.map((message) => message.text)).toEqual(["Noted"]);
    expect(diff.messagesRemoved).toEqual([]);
    expect(diff.toolsAdded).toEqual(["memory_replace"]);
    expect(diff.toolsRemoved).toEqual(["conversation_search"]);
    expect(diff.toolChoice).toBeNull();
    expect(diff.systemPrompt).toBeNull();
  });
});
