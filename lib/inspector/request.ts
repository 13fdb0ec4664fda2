/**
 * Reads a model request (as Letta sent it: OpenAI chat completions, the form every provider trace of the
 * scripted model and of OpenAI-compatible providers has) into sections a person can read. Anything it
 * does not recognise stays visible in the JSON view.
 */

export interface RequestMessage {
  role: string;
  text: string;
  toolCalls: { id: string | null; name: string; arguments: string }[];
  toolCallId: string | null;
}

interface RequestTool {
  name: string;
  description: string;
  schema: unknown;
}

interface MemoryBlockText {
  label: string;
  value: string;
}

export interface ParsedRequest {
  model: string | null;
  /** The system prompt with the compiled memory taken out (it is shown as `memory`). */
  systemPrompt: string | null;
  /** The memory as Letta compiled it into the system prompt (`<memory_blocks>…</memory_blocks>`). */
  memory: string | null;
  memoryBlocks: MemoryBlockText[];
  /** Every message after the system prompt, in order. */
  messages: RequestMessage[];
  tools: RequestTool[];
  toolChoice: string | null;
  /** Other scalar settings (temperature, max tokens…). */
  settings: { name: string; value: string }[];
}

export interface ParsedResponse {
  text: string;
  reasoning: string;
  toolCalls: { id: string | null; name: string; arguments: string }[];
  usage: { promptTokens: number; completionTokens: number; totalTokens: number } | null;
  finishReason: string | null;
  /** The provider's error, when Letta kept the failed call's answer. */
  error: string | null;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** A rough token count (about four characters a token), for comparing sections' sizes. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content))
    return content
      .map((part) => (isObject(part) ? (str(part.text) ?? str(part.content) ?? JSON.stringify(part)) : String(part)))
      .join("");
  if (content === null || content === undefined) return "";
  return JSON.stringify(content);
}

const MEMORY = /<memory_blocks>[\s\S]*?<\/memory_blocks>/;
const BLOCK =
  /<([^<>\s]+)>\n(?:<description>[\s\S]*?<\/description>\n)?(?:<metadata>[\s\S]*?<\/metadata>\n)?(?:<warning>[\s\S]*?<\/warning>\n)?<value>\n?([\s\S]*?)\n?<\/value>\n<\/\1>/g;

function memoryBlocksOf(memory: string): MemoryBlockText[] {
  return [...memory.matchAll(BLOCK)].map((match) => ({ label: match[1] ?? "", value: match[2] ?? "" }));
}

function toolCallsOf(value: unknown): RequestMessage["toolCalls"] {
  if (!Array.isArray(value)) return [];
  return value.filter(isObject).map((call) => {
    const fn = isObject(call.function) ? call.function : call;
    const args = fn.arguments;
    return {
      id: str(call.id),
      name: str(fn.name) ?? "?",
      arguments: typeof args === "string" ? args : JSON.stringify(args ?? {}),
    };
  });
}

export function parseRequest(request: unknown): ParsedRequest {
  const body = isObject(request) ? request : {};
  const rawMessages = Array.isArray(body.messages) ? body.messages.filter(isObject) : [];
  let systemText = str(body.system) ?? (Array.isArray(body.system) ? contentText(body.system) : null);
  const messages: RequestMessage[] = [];
  for (const [index, message] of rawMessages.entries()) {
    const role = str(message.role) ?? "?";
    if (index === 0 && (role === "system" || role === "developer") && systemText === null) {
      systemText = contentText(message.content);
      continue;
    }
    messages.push({
      role,
      text: contentText(message.content),
      toolCalls: toolCallsOf(message.tool_calls),
      toolCallId: str(message.tool_call_id),
    });
  }
  const memory = systemText?.match(MEMORY)?.[0] ?? null;
  const tools = (Array.isArray(body.tools) ? body.tools.filter(isObject) : []).map((tool) => {
    const fn = isObject(tool.function) ? tool.function : tool;
    return {
      name: str(fn.name) ?? "?",
      description: str(fn.description) ?? "",
      schema: fn.parameters ?? fn.input_schema ?? null,
    };
  });
  const choice = body.tool_choice;
  const toolChoice =
    choice === undefined || choice === null
      ? null
      : typeof choice === "string"
        ? choice
        : isObject(choice) && isObject(choice.function) && typeof choice.function.name === "string"
          ? `the tool ${choice.function.name}`
          : JSON.stringify(choice);
  const settings = Object.entries(body)
    .filter(
      ([name, value]) => !["messages", "tools", "tool_choice", "system", "model"].includes(name) && value !== null,
    )
    .filter(([, value]) => typeof value !== "object")
    .map(([name, value]) => ({ name, value: String(value) }));
  return {
    model: str(body.model),
    systemPrompt:
      systemText === null ? null : memory ? systemText.replace(MEMORY, "[memory blocks: see Memory]") : systemText,
    memory,
    memoryBlocks: memory ? memoryBlocksOf(memory) : [],
    messages,
    tools,
    toolChoice,
    settings,
  };
}

/** A JSON string holding an object, parsed; otherwise the value itself. */
function maybeJson(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

function usageOf(value: unknown): ParsedResponse["usage"] {
  if (!isObject(value)) return null;
  const prompt = Number(value.prompt_tokens ?? value.input_tokens ?? 0);
  const completion = Number(value.completion_tokens ?? value.output_tokens ?? 0);
  return {
    promptTokens: prompt,
    completionTokens: completion,
    totalTokens: Number(value.total_tokens ?? prompt + completion),
  };
}

/**
 * The model's answer: from an OpenAI chat completion (`choices[0].message`), or from the form Letta keeps
 * for a streamed answer (`content: {content: [parts as JSON], tool_call}`).
 */
export function parseResponse(response: unknown): ParsedResponse {
  const body = isObject(response) ? response : {};
  const error =
    body.error === undefined || body.error === null ? null : (str(body.error) ?? JSON.stringify(body.error));
  const result: ParsedResponse = {
    text: "",
    reasoning: "",
    toolCalls: [],
    usage: usageOf(body.usage),
    finishReason: null,
    error,
  };
  const choice = Array.isArray(body.choices) && isObject(body.choices[0]) ? body.choices[0] : null;
  if (choice) {
    const message = isObject(choice.message) ? choice.message : {};
    result.text = contentText(message.content);
    result.reasoning = str(message.reasoning_content) ?? str(message.reasoning) ?? "";
    result.toolCalls = toolCallsOf(message.tool_calls);
    result.finishReason = str(choice.finish_reason);
    return result;
  }
  const content = isObject(body.content) ? body.content : body;
  const parts = Array.isArray(content.content) ? content.content.map(maybeJson) : [maybeJson(content.content)];
  for (const part of parts) {
    if (!isObject(part)) {
      if (typeof part === "string") result.text += part;
      continue;
    }
    const type = str(part.type);
    if (type === "reasoning" || type === "thinking" || type === "omitted_reasoning")
      result.reasoning += str(part.reasoning) ?? str(part.thinking) ?? "";
    else if (type === "tool_call" || type === "tool_use") result.toolCalls.push(...toolCallsOf([part]));
    else result.text += str(part.text) ?? "";
  }
  const calls = [content.tool_call, content.tool_calls].map(maybeJson);
  for (const call of calls) {
    if (Array.isArray(call)) result.toolCalls.push(...toolCallsOf(call.map(maybeJson)));
    else if (isObject(call)) result.toolCalls.push(...toolCallsOf([call]));
  }
  return result;
}

export interface RequestSection {
  id: string;
  title: string;
  text: string;
  tokens: number;
}

/** The request's parts with a token estimate each, for the preview (largest parts are what fill the window). */
export function requestSections(parsed: ParsedRequest): RequestSection[] {
  const sections: RequestSection[] = [];
  const add = (id: string, title: string, text: string) =>
    sections.push({ id, title, text, tokens: estimateTokens(text) });
  if (parsed.systemPrompt !== null) add("system", "System prompt", parsed.systemPrompt);
  if (parsed.memory !== null) add("memory", "Memory (as compiled)", parsed.memory);
  parsed.messages.forEach((message, index) =>
    add(
      `message-${index}`,
      `Message ${index + 1} (${message.role})`,
      [message.text, ...message.toolCalls.map((call) => `${call.name}(${call.arguments})`)].filter(Boolean).join("\n"),
    ),
  );
  add("tools", `Tools offered (${parsed.tools.length})`, JSON.stringify(parsed.tools));
  return sections;
}
