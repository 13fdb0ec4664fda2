import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cosine, fromBase64 } from "./embeddings";
import { startModelServer, type ModelServer } from "./server";

let server: ModelServer;

beforeAll(async () => {
  server = await startModelServer({ port: 0 });
});

afterAll(async () => {
  await server.close();
});

// ---------------------------------------------------------------------------------------------------------
// Helpers.

type Json = Record<string, unknown>;

interface ToolDef {
  type: "function";
  function: { name: string; description: string; parameters: Json };
}

function tool(
  name: string,
  properties: Record<string, string> = {},
  required: string[] = Object.keys(properties),
): ToolDef {
  return {
    type: "function",
    function: {
      name,
      description: `The ${name} tool`,
      parameters: {
        type: "object",
        properties: Object.fromEntries(Object.entries(properties).map(([key, type]) => [key, { type }])),
        required,
      },
    },
  };
}

const MAIN_TOOLS = [
  tool("memory_insert", { label: "string", new_string: "string", insert_line: "integer" }, ["label", "new_string"]),
  tool("memory_replace", { label: "string", old_string: "string", new_string: "string" }),
  tool("archival_memory_insert", { content: "string", tags: "array" }, ["content"]),
  tool("archival_memory_search", { query: "string" }),
  tool("conversation_search", { query: "string" }),
  tool("roll_dice", { sides: "integer" }),
];

const SYSTEM = [
  "You are a helpful agent.",
  "<memory_blocks>",
  "The following memory blocks are currently engaged in your core memory unit:",
  "",
  "<persona>\n<description>\nWho I am\n</description>\n<metadata>\n- chars_current=3\n- chars_limit=5000\n</metadata>\n<value>\nbot\n</value>\n</persona>",
  "",
  "<human>\n<description>\nThe user\n</description>\n<metadata>\n- chars_current=0\n- chars_limit=5000\n</metadata>\n<value>\n\n</value>\n</human>",
  "",
  "</memory_blocks>",
].join("\n");

function chatBody(userText: string, extra: Json = {}): Json {
  return {
    model: "scripted-model",
    messages: [
      { role: "system", content: SYSTEM },
      { role: "user", content: userText },
    ],
    tools: MAIN_TOOLS,
    tool_choice: "auto",
    parallel_tool_calls: false,
    ...extra,
  };
}

async function post(path: string, body: Json): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function complete(body: Json): Promise<Json> {
  const response = await post("/v1/chat/completions", { ...body, stream: false });
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

function firstMessage(completion: Json): Json {
  const choices = completion.choices as Json[];
  return choices[0]?.message as Json;
}

interface StreamResult {
  events: string[];
  chunks: Json[];
  content: string[];
  reasoning: string[];
  toolDeltas: Json[];
  finishReasons: string[];
}

async function stream(body: Json): Promise<StreamResult> {
  const response = await post("/v1/chat/completions", {
    ...body,
    stream: true,
    stream_options: { include_usage: true },
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const text = await response.text();
  const events = text
    .split("\n\n")
    .filter((block) => block.trim() !== "")
    .map((block) => {
      expect(block.startsWith("data: ")).toBe(true);
      return block.slice("data: ".length);
    });
  const chunks = events.filter((event) => event !== "[DONE]").map((event) => JSON.parse(event) as Json);
  const result: StreamResult = { events, chunks, content: [], reasoning: [], toolDeltas: [], finishReasons: [] };
  for (const chunk of chunks) {
    for (const choice of chunk.choices as Json[]) {
      const delta = choice.delta as Json;
      if (typeof delta.content === "string" && delta.content !== "") result.content.push(delta.content);
      if (typeof delta.reasoning_content === "string") result.reasoning.push(delta.reasoning_content);
      if (Array.isArray(delta.tool_calls)) result.toolDeltas.push(...(delta.tool_calls as Json[]));
      if (typeof choice.finish_reason === "string") result.finishReasons.push(choice.finish_reason);
    }
  }
  return result;
}

/** Checks the stream's tail: finish chunk, then a usage chunk with empty choices, then [DONE]. */
function expectWellFormedTail(result: StreamResult, finishReason: string): void {
  expect(result.events.at(-1)).toBe("[DONE]");
  const usageChunk = result.chunks.at(-1) as Json;
  expect(usageChunk.choices).toEqual([]);
  const usage = usageChunk.usage as Json;
  expect(usage.prompt_tokens).toBeGreaterThan(0);
  expect(usage.completion_tokens).toBeGreaterThan(0);
  expect(usage.total_tokens).toBe((usage.prompt_tokens as number) + (usage.completion_tokens as number));
  const finishChunk = result.chunks.at(-2) as Json;
  expect((finishChunk.choices as Json[])[0]?.finish_reason).toBe(finishReason);
  expect(result.finishReasons).toEqual([finishReason]);
}

/** Reassembles the single streamed tool call and checks the first delta's shape. */
function streamedToolCall(result: StreamResult): { id: string; name: string; args: Json } {
  const [first, ...rest] = result.toolDeltas;
  expect(first).toBeDefined();
  expect(first?.index).toBe(0);
  expect(typeof first?.id).toBe("string");
  const fn = first?.function as Json;
  expect(typeof fn.name).toBe("string");
  for (const delta of rest) {
    expect(delta.index).toBe(0);
    expect((delta.function as Json).name).toBeUndefined();
  }
  const args = [first, ...rest]
    .map((delta) => ((delta?.function as Json).arguments as string | undefined) ?? "")
    .join("");
  expectWellFormedTail(result, "tool_calls");
  return { id: first?.id as string, name: fn.name as string, args: JSON.parse(args) as Json };
}

function nonStreamedToolCall(completion: Json): { id: string; name: string; args: Json } {
  const message = firstMessage(completion);
  expect(message.content).toBeNull();
  const calls = message.tool_calls as Json[];
  expect(calls).toHaveLength(1);
  const fn = calls[0]?.function as Json;
  expect(typeof fn.arguments).toBe("string");
  expect((completion.choices as Json[])[0]?.finish_reason).toBe("tool_calls");
  return { id: calls[0]?.id as string, name: fn.name as string, args: JSON.parse(fn.arguments as string) as Json };
}

// ---------------------------------------------------------------------------------------------------------

describe("metadata routes", () => {
  it("answers /health", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("lists models in OpenAI's format, none of them switching Letta to the Responses API", async () => {
    const response = await fetch(`${server.url}/v1/models`);
    const body = (await response.json()) as { object: string; data: Json[] };
    expect(body.object).toBe("list");
    const ids = body.data.map((model) => model.id as string);
    expect(ids).toContain("scripted-model");
    for (const model of body.data) {
      expect(model.object).toBe("model");
      expect(model.id as string).not.toMatch(/^(gpt-5|o1|o3|o4)/);
    }
  });

  it("serves the same routes under /as/<name>/ with models named after it, as a second provider", async () => {
    const response = await fetch(`${server.url}/as/second/v1/models`);
    const body = (await response.json()) as { data: Json[] };
    expect(body.data.map((model) => model.id)).toEqual(["second-scripted-model", "second-scripted-model-2"]);
    expect((await fetch(`${server.url}/as/second/v1/models/second-scripted-model`)).status).toBe(200);
    expect((await fetch(`${server.url}/as/second/v1/models/scripted-model`)).status).toBe(404);
    const reply = await fetch(`${server.url}/as/second/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ model: "second-scripted-model", messages: [{ role: "user", content: "hi" }] }),
    });
    expect(reply.status).toBe(200);
  });

  it("refuses a key starting with wrong- with 401, as OpenAI refuses a bad key", async () => {
    const response = await fetch(`${server.url}/v1/models`, { headers: { authorization: "Bearer wrong-key" } });
    expect(response.status).toBe(401);
    expect(((await response.json()) as { error: Json }).error.code).toBe("invalid_api_key");
    const right = await fetch(`${server.url}/v1/models`, { headers: { authorization: "Bearer any-key" } });
    expect(right.status).toBe(200);
  });

  it("answers unknown routes with an OpenAI-style 404", async () => {
    const response = await fetch(`${server.url}/v1/nope`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as Json).error).toBeDefined();
  });

  it("rejects an invalid body with 400", async () => {
    const response = await post("/v1/chat/completions", { model: "scripted-model", messages: [] });
    expect(response.status).toBe(400);
  });
});

describe("plain replies", () => {
  it("replies without streaming, with usage", async () => {
    const completion = await complete(chatBody("hello there"));
    expect(completion.object).toBe("chat.completion");
    expect(firstMessage(completion).content).toBe("You said: hello there");
    expect((completion.choices as Json[])[0]?.finish_reason).toBe("stop");
    expect((completion.usage as Json).prompt_tokens).toBeGreaterThan(0);
  });

  it("streams at least four content chunks, a finish chunk, a usage chunk and [DONE]", async () => {
    const result = await stream(chatBody("hello there"));
    expect(result.content.length).toBeGreaterThanOrEqual(4);
    expect(result.content.join("")).toBe("You said: hello there");
    expectWellFormedTail(result, "stop");
  });

  it("splits even a one-word message into four chunks", async () => {
    const result = await stream(chatBody("hi"));
    expect(result.content.length).toBeGreaterThanOrEqual(4);
    expect(result.content.join("")).toBe("You said: hi");
  });

  it("leaves out the usage chunk when include_usage is not asked for", async () => {
    const response = await post("/v1/chat/completions", { ...chatBody("hi"), stream: true });
    const text = await response.text();
    expect(text).not.toContain('"usage"');
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  it("is deterministic", async () => {
    const first = await complete(chatBody("same request"));
    const second = await complete(chatBody("same request"));
    expect(second).toEqual(first);
    const a = await stream(chatBody("same request"));
    const b = await stream(chatBody("same request"));
    expect(b.events).toEqual(a.events);
  });

  it("unwraps user text that an older agent type packaged as JSON", async () => {
    const wrapped = JSON.stringify({ type: "user_message", message: "wrapped hello", time: "2025-01-01" });
    const completion = await complete(chatBody(wrapped));
    expect(firstMessage(completion).content).toBe("You said: wrapped hello");
  });

  it("reads text parts of list content", async () => {
    const body = chatBody("");
    body.messages = [{ role: "user", content: [{ type: "text", text: "from parts" }, { type: "image_url" }] }];
    expect(firstMessage(await complete(body)).content).toBe("You said: from parts");
  });

  it("says the text after #say verbatim, newlines and markup included, and reasons with it under #reason", async () => {
    const text = "<b>bold</b>\n\n  [x](javascript:void 0)  #tool nothing";
    expect(firstMessage(await complete(chatBody(`#say ${text}`))).content).toBe(text);
    const reasoned = firstMessage(await complete(chatBody(`#reason #say ${text}`)));
    expect(reasoned.content).toBe(text);
    expect(reasoned.reasoning_content).toBe(text);
  });

  it("names the requested model under #model", async () => {
    expect(firstMessage(await complete(chatBody("#model hello there"))).content).toBe(
      "scripted-model says: hello there",
    );
    const second = await complete(chatBody("#model hello", { model: "scripted-model-2" }));
    expect(firstMessage(second).content).toBe("scripted-model-2 says: hello");
  });

  it("writes n paragraphs for #long n", async () => {
    const completion = await complete(chatBody("#long 3"));
    const content = firstMessage(completion).content as string;
    expect(content.split("\n\n")).toHaveLength(3);
    expect(content).toContain("Paragraph 3 of 3.");
  });
});

describe("#reason", () => {
  it("streams reasoning_content before the reply", async () => {
    const result = await stream(chatBody("#reason why is the sky blue"));
    expect(result.reasoning.length).toBeGreaterThanOrEqual(3);
    expect(result.reasoning.join("")).toContain("why is the sky blue");
    expect(result.content.join("")).toBe("You said: why is the sky blue");
    const firstReasoning = result.chunks.findIndex((chunk) => JSON.stringify(chunk).includes("reasoning_content"));
    const firstContent = result.chunks.findIndex((chunk) => JSON.stringify(chunk).includes('"content":"You'));
    expect(firstReasoning).toBeLessThan(firstContent);
    expectWellFormedTail(result, "stop");
  });

  it("returns reasoning_content without streaming", async () => {
    const message = firstMessage(await complete(chatBody("#reason think")));
    expect(message.reasoning_content).toContain("think");
    expect(message.content).toBe("You said: think");
  });

  it("combines with a tool keyword", async () => {
    const result = await stream(chatBody("#reason #remember I like tea"));
    expect(result.reasoning.length).toBeGreaterThan(0);
    expect(streamedToolCall(result)).toMatchObject({
      name: "memory_insert",
      args: { label: "human", new_string: "I like tea" },
    });
  });
});

describe("tool keywords", () => {
  const cases: { text: string; name: string; args: Json }[] = [
    {
      text: "#remember I like green tea",
      name: "memory_insert",
      args: { label: "human", new_string: "I like green tea" },
    },
    {
      text: "#remember[persona] I am terse",
      name: "memory_insert",
      args: { label: "persona", new_string: "I am terse" },
    },
    {
      text: "#replace green tea => black coffee",
      name: "memory_replace",
      args: { label: "human", old_string: "green tea", new_string: "black coffee" },
    },
    {
      text: "#replace[persona] terse => chatty",
      name: "memory_replace",
      args: { label: "persona", old_string: "terse", new_string: "chatty" },
    },
    {
      text: "#archive The launch code is 1234",
      name: "archival_memory_insert",
      args: { content: "The launch code is 1234" },
    },
    {
      text: "#archive[work, secrets] code 42",
      name: "archival_memory_insert",
      args: { content: "code 42", tags: ["work", "secrets"] },
    },
    { text: "#recall launch code", name: "archival_memory_search", args: { query: "launch code" } },
    { text: "#search tea", name: "conversation_search", args: { query: "tea" } },
    { text: '#tool roll_dice {"sides": 20}', name: "roll_dice", args: { sides: 20 } },
    { text: "please #tool roll_dice", name: "roll_dice", args: {} },
  ];

  for (const { text, name, args } of cases) {
    it(`streams a ${name} call for "${text}"`, async () => {
      const call = streamedToolCall(await stream(chatBody(text)));
      expect(call.name).toBe(name);
      expect(call.args).toEqual(args);
      expect(call.id).toMatch(/^call_[0-9a-f]{24}$/);
    });

    it(`returns a ${name} call without streaming for "${text}"`, async () => {
      const call = nonStreamedToolCall(await complete(chatBody(text)));
      expect(call.name).toBe(name);
      expect(call.args).toEqual(args);
    });
  }

  it("says so when the named tool is not offered", async () => {
    const message = firstMessage(await complete(chatBody('#tool launch_rocket {"now": true}')));
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toContain("launch_rocket is not available");
  });

  it("says so when a keyword's tool is not offered", async () => {
    const message = firstMessage(await complete(chatBody("#remember x", { tools: [] })));
    expect(message.content).toContain("memory_insert is not available");
  });

  it("says so when #tool arguments are not JSON", async () => {
    const message = firstMessage(await complete(chatBody("#tool roll_dice {sides: 20")));
    expect(message.content).toContain("not valid JSON");
  });

  it("uses the first writable block when there is no human block", async () => {
    const body = chatBody("#remember likes owls");
    body.messages = [
      {
        role: "system",
        content:
          "<memory_blocks>\n<persona>\n<description>\n</description>\n<metadata>\n- read_only=true\n- chars_current=0\n</metadata>\n<value>\n</value>\n</persona>\n\n" +
          "<notes>\n<description>\n</description>\n<metadata>\n- chars_current=0\n</metadata>\n<value>\n</value>\n</notes>\n</memory_blocks>",
      },
      { role: "user", content: "#remember likes owls" },
    ];
    expect(nonStreamedToolCall(await complete(body)).args).toEqual({ label: "notes", new_string: "likes owls" });
  });

  it("calls the tool that tool_choice names", async () => {
    const body = chatBody("hello", { tool_choice: { type: "function", function: { name: "archival_memory_search" } } });
    expect(nonStreamedToolCall(await complete(body))).toMatchObject({
      name: "archival_memory_search",
      args: { query: "You said: hello" },
    });
  });
});

describe("after a tool result", () => {
  function withToolResult(content: string, name = "memory_insert"): Json {
    const body = chatBody("#remember I like tea");
    body.messages = [
      ...(body.messages as Json[]),
      {
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_abc",
            type: "function",
            function: { name, arguments: '{"label":"human","new_string":"I like tea"}' },
          },
        ],
      },
      { role: "tool", tool_call_id: "call_abc", content },
    ];
    return body;
  }

  it("finishes the turn with text naming the tool and its result", async () => {
    const result = await stream(
      withToolResult(JSON.stringify({ status: "OK", message: "Memory updated.", time: "now" })),
    );
    expect(result.toolDeltas).toHaveLength(0);
    expect(result.content.join("")).toBe("Done: memory_insert returned: Memory updated.");
    expectWellFormedTail(result, "stop");
  });

  it("reports a failed tool and truncates long results", async () => {
    const long = "x".repeat(1000);
    const message = firstMessage(
      await complete(withToolResult(JSON.stringify({ status: "Failed", message: long }), "roll_dice")),
    );
    const content = message.content as string;
    expect(content.startsWith("Done: roll_dice failed: xxx")).toBe(true);
    expect(content.length).toBeLessThan(300);
  });
});

describe("sleep-time agent", () => {
  const SLEEPTIME_TOOLS = [
    tool("memory_replace", { label: "string", old_string: "string", new_string: "string" }),
    tool("memory_insert", { label: "string", new_string: "string", insert_line: "integer" }, ["label", "new_string"]),
    tool("memory_rethink", { label: "string", new_memory: "string" }),
    tool("memory_finish_edits", {}),
  ];
  const transcript =
    "<system-reminder>\nYou are a sleeptime agent - a background agent that asynchronously processes conversations after they occur.\n</system-reminder>\n\n" +
    "Messages:\nuser: I moved to Lisbon last year\nassistant: You said: I moved to Lisbon last year";

  function sleeptimeBody(extra: Json[] = []): Json {
    return {
      model: "scripted-model",
      messages: [{ role: "system", content: SYSTEM }, { role: "user", content: transcript }, ...extra],
      tools: SLEEPTIME_TOOLS,
      tool_choice: "required",
    };
  }

  it("first inserts a note derived from the latest user message", async () => {
    const call = streamedToolCall(await stream(sleeptimeBody()));
    expect(call).toMatchObject({
      name: "memory_insert",
      args: { label: "human", new_string: "Sleep-time note: I moved to Lisbon last year" },
    });
  });

  it("then calls memory_finish_edits", async () => {
    const edit = nonStreamedToolCall(await complete(sleeptimeBody()));
    const body = sleeptimeBody([
      {
        role: "assistant",
        content: null,
        tool_calls: [
          { id: edit.id, type: "function", function: { name: edit.name, arguments: JSON.stringify(edit.args) } },
        ],
      },
      { role: "tool", tool_call_id: edit.id, content: JSON.stringify({ status: "OK", message: "ok" }) },
    ]);
    expect(nonStreamedToolCall(await complete(body))).toMatchObject({ name: "memory_finish_edits", args: {} });
  });

  it("stops once memory_finish_edits has returned", async () => {
    const body = sleeptimeBody([
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_1", type: "function", function: { name: "memory_finish_edits", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "call_1", content: "None" },
    ]);
    const message = firstMessage(await complete(body));
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toBe("Sleep-time edits finished.");
  });

  it("ignores earlier runs in the sleep-time agent's history", async () => {
    const body = sleeptimeBody();
    const earlier = [
      {
        role: "user",
        content: "<system-reminder>\nYou are a sleeptime agent\n</system-reminder>\n\nMessages:\nuser: old news",
      },
      {
        role: "assistant",
        content: null,
        tool_calls: [{ id: "call_0", type: "function", function: { name: "memory_finish_edits", arguments: "{}" } }],
      },
      { role: "tool", tool_call_id: "call_0", content: "None" },
    ];
    const messages = body.messages as Json[];
    body.messages = [messages[0], ...earlier, ...messages.slice(1)];
    expect(nonStreamedToolCall(await complete(body)).name).toBe("memory_insert");
  });
});

describe("compaction summaries", () => {
  it("summarises a summarizer transcript as plain text, ignoring keywords inside it", async () => {
    const transcript =
      "<start_transcript>\n[MessageRole.user] hello there\n[assistant] You said: hello there\n" +
      "[MessageRole.user] #remember I like green tea\n[assistant] -> memory_insert({})\n[tool] ok\n<end_transcript>\n. Generate the summary.";
    const body = {
      model: "scripted-model",
      messages: [
        { role: "system", content: "Your task is to create a detailed summary of the conversation so far." },
        { role: "user", content: transcript },
      ],
      tools: null,
      tool_choice: null,
    };
    const message = firstMessage(await complete(body));
    expect(message.tool_calls).toBeUndefined();
    expect(message.content).toBe(
      'Summary of the earlier conversation: the user sent 2 messages. Most recent: "hello there"; "#remember I like green tea".',
    );
  });

  it("answers a self-compaction request with text even though tools are offered", async () => {
    const body = chatBody("");
    body.messages = [
      { role: "system", content: SYSTEM },
      { role: "user", content: "#remember tea" },
      { role: "assistant", content: "I understand. Let me summarize." },
      {
        role: "user",
        content: "Your task is to create a detailed summary of the conversation so far. Do NOT call any tools.",
      },
    ];
    const result = await stream(body);
    expect(result.toolDeltas).toHaveLength(0);
    expect(result.content.join("")).toBe(
      'Summary of the earlier conversation: the user sent 1 message. Most recent: "#remember tea".',
    );
  });
});

describe("#error and #slow", () => {
  it("answers #error with a 500 and an OpenAI-style body, streaming or not", async () => {
    for (const streamFlag of [false, true]) {
      const response = await post("/v1/chat/completions", { ...chatBody("#error"), stream: streamFlag });
      expect(response.status).toBe(500);
      expect(response.headers.get("x-should-retry")).toBe("false");
      const body = (await response.json()) as { error: Json };
      expect(body.error.type).toBe("server_error");
      expect(body.error.message).toContain("#error");
    }
  });

  it("takes a status after #error", async () => {
    const response = await post("/v1/chat/completions", chatBody("#error 429"));
    expect(response.status).toBe(429);
  });

  it("streams #slow in spaced chunks and survives a client that goes away", async () => {
    const controller = new AbortController();
    const started = Date.now();
    const response = await fetch(`${server.url}/v1/chat/completions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ ...chatBody("#slow"), stream: true }),
      signal: controller.signal,
    });
    const reader = response.body?.getReader();
    expect(reader).toBeDefined();
    const decoder = new TextDecoder();
    let text = "";
    while (reader && (text.match(/Slow part/g) ?? []).length < 3) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    expect(text).toContain("Slow part 3 of 30.");
    expect(Date.now() - started).toBeGreaterThanOrEqual(800);
    controller.abort();
    await reader?.cancel().catch(() => undefined);
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
  });
});

describe("embeddings", () => {
  async function embeddings(
    body: Json,
  ): Promise<{ data: { index: number; embedding: number[] | string }[]; usage: Json }> {
    const response = await post("/v1/embeddings", { model: "text-embedding-3-small", ...body });
    expect(response.status).toBe(200);
    return (await response.json()) as { data: { index: number; embedding: number[] | string }[]; usage: Json };
  }

  async function vectors(input: string[]): Promise<number[][]> {
    const result = await embeddings({ input, encoding_format: "float" });
    return result.data.map((item) => item.embedding as number[]);
  }

  it("returns 1536 unit-length dimensions by default and is deterministic", async () => {
    const [a, b] = await vectors(["The cat sat on the mat", "The cat sat on the mat"]);
    expect(a).toHaveLength(1536);
    expect(b).toEqual(a);
    const norm = Math.sqrt((a ?? []).reduce((sum, value) => sum + value * value, 0));
    expect(norm).toBeCloseTo(1, 6);
  });

  it("honours dimensions and a string input", async () => {
    const result = await embeddings({ input: "hello world", dimensions: 256 });
    expect(result.data).toHaveLength(1);
    expect(result.data[0]?.embedding).toHaveLength(256);
    expect(result.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it("scores a passage that shares words with the query above unrelated passages", async () => {
    const [query, related, unrelated1, unrelated2] = await vectors([
      "what is my favorite color",
      "My favorite color is blue",
      "The train to Porto leaves at nine",
      "Remember to water the plants on Sunday",
    ]);
    const score = (v: number[] | undefined) => cosine(query ?? [], v ?? []);
    expect(score(related)).toBeGreaterThan(score(unrelated1));
    expect(score(related)).toBeGreaterThan(score(unrelated2));
    expect(score(related)).toBeGreaterThan(0.5);
  });

  it("never returns an all-zero vector", async () => {
    const [empty, punctuation] = await vectors(["", "?!"]);
    expect(empty?.some((value) => value !== 0)).toBe(true);
    expect(punctuation?.some((value) => value !== 0)).toBe(true);
  });

  it("encodes base64 as little-endian float32, as the openai client decodes it", async () => {
    const [floats] = await vectors(["base64 please"]);
    const result = await embeddings({ input: ["base64 please"], encoding_format: "base64" });
    const encoded = result.data[0]?.embedding;
    expect(typeof encoded).toBe("string");
    const decoded = fromBase64(encoded as string);
    expect(decoded).toHaveLength(1536);
    decoded.forEach((value, index) => expect(value).toBeCloseTo(floats?.[index] ?? Number.NaN, 6));
  });
});
