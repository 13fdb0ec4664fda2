/**
 * Turns a plan into OpenAI chat-completion payloads: one response object, or the list of stream chunks.
 * Ids are derived from a hash of the request, so the same request always gets the same answer.
 */
import { createHash } from "node:crypto";
import type { Plan } from "./scenario";
import { messageText, type ChatRequest, type Usage } from "./protocol";

/** A fixed timestamp keeps responses byte-for-byte reproducible; Letta does not read it. */
const CREATED = 1_735_689_600;

export interface RenderedChunk {
  data: Record<string, unknown>;
  /** Wait this long before sending the chunk (slow scenario). */
  delayMs: number;
}

export function requestHash(body: string): string {
  return createHash("sha256").update(body).digest("hex");
}

/** Letta keeps tool-call ids to 29 characters: `call_` plus 24 hex digits. */
function toolCallId(hash: string): string {
  return `call_${hash.slice(0, 24)}`;
}

function completionId(hash: string): string {
  return `chatcmpl-${hash.slice(0, 29)}`;
}

export function estimateTokens(chars: number): number {
  return Math.max(1, Math.ceil(chars / 4));
}

function usageFor(request: ChatRequest, plan: Plan): Usage {
  const promptChars = request.messages.reduce((sum, message) => {
    const calls = (message.tool_calls ?? []).reduce(
      (acc, call) => acc + call.function.name.length + (call.function.arguments ?? "").length,
      0,
    );
    return sum + messageText(message).length + calls;
  }, 0);
  const prompt_tokens = estimateTokens(promptChars);
  const completion_tokens = estimateTokens(outputChars(plan));
  return { prompt_tokens, completion_tokens, total_tokens: prompt_tokens + completion_tokens };
}

function outputChars(plan: Plan): number {
  if (plan.kind === "error") return 0;
  const reasoning = plan.reasoning?.length ?? 0;
  if (plan.kind === "text") return reasoning + plan.text.length;
  return reasoning + plan.name.length + JSON.stringify(plan.args).length;
}

export function renderCompletion(request: ChatRequest, plan: Exclude<Plan, { kind: "error" }>, hash: string) {
  const message: Record<string, unknown> = { role: "assistant", content: plan.kind === "text" ? plan.text : null };
  if (plan.reasoning) message.reasoning_content = plan.reasoning;
  if (plan.kind === "tool") {
    message.tool_calls = [
      { id: toolCallId(hash), type: "function", function: { name: plan.name, arguments: JSON.stringify(plan.args) } },
    ];
  }
  return {
    id: completionId(hash),
    object: "chat.completion",
    created: CREATED,
    model: request.model ?? "scripted-model",
    choices: [{ index: 0, message, logprobs: null, finish_reason: plan.kind === "tool" ? "tool_calls" : "stop" }],
    usage: usageFor(request, plan),
  };
}

/**
 * Stream chunks in OpenAI's order: a role chunk, reasoning deltas, content deltas or tool-call deltas (the
 * first carries index, id and name; the arguments follow in pieces), a chunk with the finish reason, and,
 * when `stream_options.include_usage` is set, a chunk with empty `choices` and the usage.
 */
export function renderStream(
  request: ChatRequest,
  plan: Exclude<Plan, { kind: "error" }>,
  hash: string,
): RenderedChunk[] {
  const includeUsage = request.stream_options?.include_usage === true;
  const base = {
    id: completionId(hash),
    object: "chat.completion.chunk",
    created: CREATED,
    model: request.model ?? "scripted-model",
    system_fingerprint: null,
  };
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null, delayMs = 0): RenderedChunk => ({
    data: {
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finishReason }],
      ...(includeUsage ? { usage: null } : {}),
    },
    delayMs,
  });

  const chunks: RenderedChunk[] = [chunk({ role: "assistant", content: "" })];
  if (plan.reasoning) {
    for (const piece of splitText(plan.reasoning, 4)) chunks.push(chunk({ reasoning_content: piece }));
  }
  if (plan.kind === "text") {
    const pieces = plan.chunks ?? splitText(plan.text, 4);
    for (const piece of pieces) chunks.push(chunk({ content: piece }, null, plan.chunkDelayMs ?? 0));
  } else {
    const id = toolCallId(hash);
    chunks.push(
      chunk({ tool_calls: [{ index: 0, id, type: "function", function: { name: plan.name, arguments: "" } }] }),
    );
    for (const piece of splitText(JSON.stringify(plan.args), 3)) {
      chunks.push(chunk({ tool_calls: [{ index: 0, function: { arguments: piece } }] }));
    }
  }
  chunks.push(chunk({}, plan.kind === "tool" ? "tool_calls" : "stop"));
  if (includeUsage) chunks.push({ data: { ...base, choices: [], usage: usageFor(request, plan) }, delayMs: 0 });
  return chunks;
}

/**
 * Splits text into at least `minPieces` pieces (when it has that many characters), on word boundaries when
 * there are enough words; joining the pieces gives back the text exactly.
 */
function splitText(text: string, minPieces: number): string[] {
  if (text.length === 0) return [];
  const words = text.match(/\S+\s*|\s+/g) ?? [text];
  if (words.length >= minPieces) {
    const perPiece = Math.max(1, Math.min(3, Math.floor(words.length / minPieces)));
    const pieces: string[] = [];
    for (let index = 0; index < words.length; index += perPiece)
      pieces.push(words.slice(index, index + perPiece).join(""));
    return pieces;
  }
  const count = Math.min(minPieces, text.length);
  return Array.from({ length: count }, (_, index) =>
    text.slice(Math.floor((index * text.length) / count), Math.floor(((index + 1) * text.length) / count)),
  );
}
