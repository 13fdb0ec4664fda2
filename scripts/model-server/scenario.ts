/**
 * Decides what the scripted model answers. A pure function of the request: same request, same plan.
 * The keyword syntax is documented in README.md beside this file.
 */
import { FILE_KEYWORD, planFileKeyword } from "./file-tools";
import { planJudge } from "./judge";
import { messageText, type ChatMessage, type ChatRequest, type ChatTool, type JsonObject } from "./protocol";
import { planStep } from "./steps";

export type Plan =
  | { kind: "text"; scenario: string; text: string; reasoning?: string; chunks?: string[]; chunkDelayMs?: number }
  | { kind: "tool"; scenario: string; name: string; args: JsonObject; reasoning?: string }
  | { kind: "error"; scenario: string; status: number; message: string };

const SLOW_DEFAULT_CHUNKS = 30;
const SLOW_CHUNK_DELAY_MS = 300;
const MAX_TOOL_LOOP = 6;
const RESULT_PREVIEW_CHARS = 200;
const ECHO_CHARS = 500;

type ToolChoice = { mode: "auto" | "required" | "none" } | { mode: "named"; name: string };

interface Context {
  messages: ChatMessage[];
  tools: Map<string, ChatTool>;
  toolChoice: ToolChoice;
  systemPrompt: string;
  /** The model id the request names (`scripted-model`, `scripted-model-2`, `<name>-scripted-model`…). */
  model: string;
}

export function planReply(request: ChatRequest): Plan {
  const context: Context = {
    messages: request.messages,
    tools: new Map((request.tools ?? []).map((tool) => [tool.function.name, tool])),
    toolChoice: readToolChoice(request.tool_choice),
    systemPrompt: request.messages
      .filter((message) => message.role === "system" || message.role === "developer")
      .map(messageText)
      .join("\n"),
    model: request.model ?? "scripted-model",
  };
  if (isSummaryRequest(context)) return planSummary(context);
  const lastUser = lastUserMessage(context.messages);
  const judged =
    lastUser && context.messages.at(-1)?.role !== "tool" ? planJudge(unwrapUserText(messageText(lastUser))) : undefined;
  if (judged) return { kind: "text", scenario: "judge", text: judged.text };
  const plan = isSleeptimeRequest(context) ? planSleeptime(context) : planConversation(context);
  return enforceToolChoice(plan, context);
}

function readToolChoice(choice: ChatRequest["tool_choice"]): ToolChoice {
  if (choice == null) return { mode: "auto" };
  if (typeof choice === "string") {
    return choice === "required" || choice === "none" ? { mode: choice } : { mode: "auto" };
  }
  return choice.function ? { mode: "named", name: choice.function.name } : { mode: "required" };
}

// ---------------------------------------------------------------------------------------------------------
// Compaction: Letta's summarizer sends a transcript (`<start_transcript>…`), or, in the self-compact modes,
// the conversation followed by a user message asking for a summary without tools. Always plain text.

const SUMMARY_SYSTEM = /create a detailed summary|write a detailed summary|continuation summary/i;
const SUMMARY_RECENT_REQUESTS = 5;

function isSummaryRequest(context: Context): boolean {
  const lastUser = lastUserMessage(context.messages);
  const text = lastUser ? messageText(lastUser) : "";
  if (text.includes("<start_transcript>")) return true;
  if (/summary/i.test(text) && /do not (call|use) any tools/i.test(text)) return true;
  return context.tools.size === 0 && SUMMARY_SYSTEM.test(context.systemPrompt);
}

function planSummary(context: Context): Plan {
  const lastUser = lastUserMessage(context.messages);
  const text = lastUser ? messageText(lastUser) : "";
  let requests: string[];
  if (text.includes("<start_transcript>")) {
    requests = [...text.matchAll(/^\[(?:MessageRole\.)?user\] (.*)$/gm)].map((match) => unwrapUserText(match[1] ?? ""));
  } else {
    requests = context.messages
      .filter((message) => message.role === "user" && message !== lastUser && !isSystemEvent(messageText(message)))
      .map((message) => unwrapUserText(messageText(message)));
  }
  const recent = requests
    .slice(-SUMMARY_RECENT_REQUESTS)
    .map((request) => `"${truncate(request.replace(/\s+/g, " ").trim(), 80)}"`)
    .join("; ");
  const count = requests.length;
  const summary = `Summary of the earlier conversation: the user sent ${count} message${count === 1 ? "" : "s"}.`;
  return { kind: "text", scenario: "summary", text: recent ? `${summary} Most recent: ${recent}.` : summary };
}

// ---------------------------------------------------------------------------------------------------------
// Sleep-time agent: one memory edit derived from the transcript, then memory_finish_edits.

const SLEEPTIME_MARKER = "You are a sleeptime agent";

function isSleeptimeRequest(context: Context): boolean {
  if (!context.tools.has("memory_finish_edits")) return false;
  const lastUser = lastUserMessage(context.messages);
  const transcript = lastUser ? messageText(lastUser) : "";
  return transcript.includes(SLEEPTIME_MARKER) || context.toolChoice.mode !== "auto";
}

function planSleeptime(context: Context): Plan {
  const results = trailingTurn(context.messages).filter((message) => message.role === "tool");
  const calledTools = results.map((result) => toolNameFor(context.messages, result.tool_call_id));
  if (calledTools.includes("memory_finish_edits")) {
    return { kind: "text", scenario: "sleeptime-done", text: "Sleep-time edits finished." };
  }
  const finish: Plan = { kind: "tool", scenario: "sleeptime-finish", name: "memory_finish_edits", args: {} };
  // One edit per run: any tool result in this run means the edit is done (or failed) and the run should end.
  if (results.length > 0) return finish;

  const lastUser = lastUserMessage(context.messages);
  const note = lastUser ? latestTranscriptUserLine(messageText(lastUser)) : undefined;
  if (!note || !context.tools.has("memory_insert")) return finish;
  return {
    kind: "tool",
    scenario: "sleeptime-edit",
    name: "memory_insert",
    args: { label: defaultLabel(context), new_string: `Sleep-time note: ${truncate(note, RESULT_PREVIEW_CHARS)}` },
  };
}

/** The text of the last `user: …` line in the transcript Letta hands the sleep-time agent. */
function latestTranscriptUserLine(transcript: string): string | undefined {
  const body = transcript.includes("Messages:\n")
    ? transcript.slice(transcript.lastIndexOf("Messages:\n"))
    : transcript;
  const lines = body.split("\n").filter((line) => line.startsWith("user: "));
  const line = lines.at(-1)?.slice("user: ".length).trim();
  return line ? unwrapUserText(line) : undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Main agents: finish after a tool result, otherwise follow the keywords in the latest user message.

function planConversation(context: Context): Plan {
  const step = planStep(
    unwrapUserText(messageText(lastUserMessage(context.messages) ?? { role: "user", content: "" })),
    trailingTurn(context.messages).filter((message) => message.role === "tool").length,
    context.tools,
  );
  if (step) return { kind: "tool", scenario: "steps", ...step };
  const last = context.messages.at(-1);
  if (last?.role === "tool") return planAfterToolResults(context);

  const lastUser = lastUserMessage(context.messages);
  const raw = lastUser ? unwrapUserText(messageText(lastUser)) : "";
  const reasonFlag = /(^|\s)#reason\b/i.test(raw);
  const say = SAY.exec(raw);
  if (say) {
    // Verbatim, whitespace and all: tests put untrusted text (XSS payloads, markdown) in replies and reasoning.
    const spoken = raw.slice(say.index + say[0].length);
    return {
      kind: "text",
      scenario: "say",
      text: spoken || "(nothing to say)",
      ...(reasonFlag ? { reasoning: spoken || "(nothing)" } : {}),
    };
  }
  const text = raw
    .replace(/(^|\s)#reason\b/gi, " ")
    .replace(/\s+/g, " ")
    .trim();
  const reasoning = reasonFlag ? reasoningFor(text) : undefined;
  const withReasoning = (plan: Plan): Plan => (reasoning && plan.kind !== "error" ? { ...plan, reasoning } : plan);
  return withReasoning(
    planKeyword(text, context) ?? { kind: "text", scenario: reasonFlag ? "reason" : "echo", text: echo(text) },
  );
}

function planAfterToolResults(context: Context): Plan {
  const turn = trailingTurn(context.messages);
  const results: ChatMessage[] = [];
  for (let index = context.messages.length - 1; index >= 0; index -= 1) {
    const message = context.messages[index];
    if (message?.role !== "tool") break;
    results.unshift(message);
  }
  const summaries = results.map((result) => {
    const name = toolNameFor(context.messages, result.tool_call_id) ?? "tool";
    const { ok, preview } = describeToolResult(messageText(result));
    return `${name} ${ok ? "returned" : "failed"}: ${preview}`;
  });
  const text = `Done: ${summaries.join("; ")}`;
  const toolCalls = turn.filter((message) => message.role === "tool").length;
  if (context.toolChoice.mode === "required" && toolCalls >= MAX_TOOL_LOOP) {
    return { kind: "text", scenario: "tool-loop-guard", text };
  }
  return { kind: "text", scenario: "tool-result", text };
}

function describeToolResult(content: string): { ok: boolean; preview: string } {
  let ok = true;
  let body = content;
  try {
    const parsed: unknown = JSON.parse(content);
    if (isRecord(parsed) && "status" in parsed) {
      ok = parsed.status !== "Failed" && parsed.status !== "error";
      const message = parsed.message;
      body = typeof message === "string" ? message : JSON.stringify(message ?? null);
    }
  } catch {
    // not JSON: use the text as it is
  }
  return { ok, preview: truncate(body.replace(/\s+/g, " ").trim(), RESULT_PREVIEW_CHARS) };
}

const SAY = /(?:^|\s)#say /i;
const KEYWORD = /(?:^|\s)#(remember|replace|archive|recall|search|tool|slow|error|long|model)\b(?:\[([^\]]*)\])?/i;

function planKeyword(text: string, context: Context): Plan | undefined {
  const match = KEYWORD.exec(text);
  const fileMatch = FILE_KEYWORD.exec(text);
  if (fileMatch && (!match || fileMatch.index < match.index)) {
    const file = planFileKeyword(fileMatch, text);
    return "usage" in file
      ? textPlan(file.scenario, file.usage)
      : callTool(context, file.scenario, file.name, file.args);
  }
  if (!match) return undefined;
  const keyword = (match[1] ?? "").toLowerCase();
  const bracket = match[2]?.trim();
  const argument = text.slice(match.index + match[0].length).trim();
  const label = bracket || defaultLabel(context);

  switch (keyword) {
    case "remember":
      return callTool(context, "remember", "memory_insert", { label, new_string: argument });
    case "replace": {
      const [oldText, newText] = splitOnce(argument, "=>");
      if (newText === undefined) return textPlan("replace-usage", "Usage: #replace[label] old text => new text");
      return callTool(context, "replace", "memory_replace", { label, old_string: oldText, new_string: newText });
    }
    case "archive": {
      const tags = bracket
        ? bracket
            .split(",")
            .map((tag) => tag.trim())
            .filter(Boolean)
        : [];
      return callTool(
        context,
        "archive",
        "archival_memory_insert",
        tags.length ? { content: argument, tags } : { content: argument },
      );
    }
    case "recall":
      return callTool(context, "recall", "archival_memory_search", { query: argument });
    case "search":
      return callTool(context, "search", "conversation_search", { query: argument });
    case "tool":
      return planNamedTool(argument, context);
    case "slow":
      return planSlow(argument);
    case "error":
      return planError(argument);
    case "long":
      return planLong(argument);
    case "model":
      // Differs between two agents on different models (A/B chat tests): `<model id> says: <rest>`.
      return textPlan("model", `${context.model} says: ${argument || "(nothing)"}`);
    default:
      return undefined;
  }
}

function planNamedTool(argument: string, context: Context): Plan {
  const [name = "", ...rest] = argument.split(/\s+/);
  const json = argument.slice(name.length).trim();
  if (!name) return textPlan("tool-usage", "Usage: #tool <name> <json-args>");
  let args: unknown = {};
  if (rest.length > 0 && json !== "") {
    try {
      args = JSON.parse(json);
    } catch {
      return textPlan("tool-bad-json", `Cannot call ${name}: the arguments are not valid JSON: ${truncate(json, 100)}`);
    }
  }
  if (!isRecord(args)) return textPlan("tool-bad-json", `Cannot call ${name}: the arguments must be a JSON object.`);
  return callTool(context, "tool", name, args);
}

function planSlow(argument: string): Plan {
  const count = clampInt(argument.split(/\s+/)[0], 1, 200, SLOW_DEFAULT_CHUNKS);
  const chunks = Array.from({ length: count }, (_, index) => `Slow part ${index + 1} of ${count}. `);
  return {
    kind: "text",
    scenario: "slow",
    text: chunks.join("").trim(),
    chunks: chunks.map((chunk, index) => (index === count - 1 ? chunk.trimEnd() : chunk)),
    chunkDelayMs: SLOW_CHUNK_DELAY_MS,
  };
}

function planError(argument: string): Plan {
  const status = clampInt(argument.split(/\s+/)[0], 400, 599, 500);
  return {
    kind: "error",
    scenario: "error",
    status,
    message: `Scripted model error (HTTP ${status}) requested with #error.`,
  };
}

function planLong(argument: string): Plan {
  const count = clampInt(argument.split(/\s+/)[0], 1, 500, 5);
  const paragraphs = Array.from(
    { length: count },
    (_, index) =>
      `Paragraph ${index + 1} of ${count}. This is scripted filler text that makes the reply long enough to scroll. ` +
      `It repeats on purpose so that every run produces exactly the same words.`,
  );
  return { kind: "text", scenario: "long", text: paragraphs.join("\n\n") };
}

function callTool(context: Context, scenario: string, name: string, args: JsonObject): Plan {
  if (!context.tools.has(name)) {
    const offered = [...context.tools.keys()].sort().join(", ") || "none";
    return textPlan(`${scenario}-unavailable`, `Tool ${name} is not available to this agent (offered: ${offered}).`);
  }
  return { kind: "tool", scenario, name, args };
}

// ---------------------------------------------------------------------------------------------------------
// tool_choice: "required" or a named function means a tool call is mandatory; "none" forbids one.

function enforceToolChoice(plan: Plan, context: Context): Plan {
  const choice = context.toolChoice;
  if (plan.kind === "error") return plan;
  if (choice.mode === "none" && plan.kind === "tool") {
    return {
      kind: "text",
      scenario: `${plan.scenario}-tool-choice-none`,
      text: `Would call ${plan.name}, but tool_choice is none.`,
    };
  }
  if (
    choice.mode === "named" &&
    (plan.kind !== "tool" || plan.name !== choice.name) &&
    context.tools.has(choice.name)
  ) {
    const tool = context.tools.get(choice.name);
    const text = plan.kind === "text" ? plan.text : `Forced call to ${choice.name}`;
    return { kind: "tool", scenario: `${plan.scenario}-forced`, name: choice.name, args: synthesizeArgs(tool, text) };
  }
  if (
    choice.mode === "required" &&
    plan.kind === "text" &&
    plan.scenario !== "tool-loop-guard" &&
    plan.scenario !== "sleeptime-done"
  ) {
    const preferred = ["send_message", "memory_finish_edits"].find((name) => context.tools.has(name));
    const tool = preferred ? context.tools.get(preferred) : context.tools.values().next().value;
    if (tool) {
      const { reasoning } = plan;
      const args = synthesizeArgs(tool, plan.text);
      return {
        kind: "tool",
        scenario: `${plan.scenario}-required`,
        name: tool.function.name,
        args,
        ...(reasoning ? { reasoning } : {}),
      };
    }
  }
  return plan;
}

/** Arguments for a tool the model must call: every required parameter gets a value of its type. */
function synthesizeArgs(tool: ChatTool | undefined, text: string): JsonObject {
  const parameters = tool?.function.parameters;
  const properties = isRecord(parameters?.properties) ? parameters.properties : {};
  const required = Array.isArray(parameters?.required)
    ? parameters.required.filter((name) => typeof name === "string")
    : [];
  const args: JsonObject = {};
  for (const name of required) {
    const schema = properties[name];
    const type = isRecord(schema) ? schema.type : undefined;
    const first = Array.isArray(type) ? type[0] : type;
    if (first === "integer" || first === "number") args[name] = 0;
    else if (first === "boolean") args[name] = false;
    else if (first === "array") args[name] = [];
    else if (first === "object") args[name] = {};
    else if (first === "null") args[name] = null;
    else args[name] = text;
  }
  return args;
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

function textPlan(scenario: string, text: string): Plan {
  return { kind: "text", scenario, text };
}

function echo(text: string): string {
  return text ? `You said: ${truncate(text, ECHO_CHARS)}` : "You said nothing.";
}

function reasoningFor(text: string): string {
  const subject = text ? `"${truncate(text, 120)}"` : "an empty message";
  return `The user wrote ${subject}. I will think step by step, then answer with a scripted reply.`;
}

function lastUserMessage(messages: ChatMessage[]): ChatMessage | undefined {
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === "user" && !isSystemEvent(messageText(message))) return message;
  }
  return undefined;
}

/** Messages after the last user message: the current turn's tool calls and results. */
function trailingTurn(messages: ChatMessage[]): ChatMessage[] {
  const lastUser = lastUserMessage(messages);
  const start = lastUser ? messages.lastIndexOf(lastUser) + 1 : 0;
  return messages.slice(start);
}

function toolNameFor(messages: ChatMessage[], toolCallId: string | null | undefined): string | undefined {
  if (!toolCallId) return undefined;
  for (const message of messages) {
    const call = message.tool_calls?.find((candidate) => candidate.id === toolCallId);
    if (call) return call.function.name;
  }
  return undefined;
}

/** Letta's JSON-packaged heartbeats and alerts count as system events, not as something a person typed. */
function isSystemEvent(text: string): boolean {
  const parsed = parseJsonObject(text);
  return parsed !== undefined && ["heartbeat", "system_alert", "login"].includes(String(parsed.type));
}

/** Older agent types wrap user text as `{"type": "user_message", "message": …}`; take the message out. */
function unwrapUserText(text: string): string {
  const parsed = parseJsonObject(text);
  return parsed?.type === "user_message" && typeof parsed.message === "string" ? parsed.message : text;
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  if (!text.trimStart().startsWith("{")) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Memory block labels from the system prompt's `<memory_blocks>` section, writable ones only. */
function writableBlockLabels(systemPrompt: string): string[] {
  const start = systemPrompt.indexOf("<memory_blocks>");
  const end = systemPrompt.indexOf("</memory_blocks>", start);
  if (start < 0 || end < 0) return [];
  const section = systemPrompt.slice(start, end);
  const labels: string[] = [];
  const blockPattern = /<([A-Za-z0-9_./-]+)>\n<description>[\s\S]*?<metadata>([\s\S]*?)<\/metadata>/g;
  for (const match of section.matchAll(blockPattern)) {
    const label = match[1];
    if (label && !(match[2] ?? "").includes("read_only=true")) labels.push(label);
  }
  return labels;
}

function defaultLabel(context: Context): string {
  const labels = writableBlockLabels(context.systemPrompt);
  if (labels.length === 0 || labels.includes("human")) return "human";
  return labels.find((label) => label !== "memory_persona") ?? labels[0] ?? "human";
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const index = text.indexOf(separator);
  if (index < 0) return [text.trim(), undefined];
  return [text.slice(0, index).trim(), text.slice(index + separator.length).trim()];
}

function clampInt(value: string | undefined, min: number, max: number, fallback: number): number {
  const parsed = value && /^\d+$/.test(value) ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isNaN(parsed) ? fallback : Math.min(max, Math.max(min, parsed));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
