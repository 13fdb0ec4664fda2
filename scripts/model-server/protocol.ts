/**
 * The slice of the OpenAI wire protocol the scripted model server reads, validated with zod.
 * Fields Letta sends but the server ignores (temperature, user, max_completion_tokens, …) are stripped.
 * Letta serialises with `exclude_unset`, so fields it sets to None arrive as `null`: everything is nullish.
 */
import { z } from "zod";

const contentPartSchema = z.object({
  type: z.string(),
  text: z.string().nullish(),
});

const toolCallSchema = z.object({
  id: z.string(),
  type: z.string().nullish(),
  function: z.object({
    name: z.string(),
    arguments: z.string().nullish(),
  }),
});

const chatMessageSchema = z.object({
  role: z.string(),
  content: z.union([z.string(), z.array(contentPartSchema)]).nullish(),
  tool_calls: z.array(toolCallSchema).nullish(),
  tool_call_id: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  name: z.string().nullish(),
});

const jsonObjectSchema = z.record(z.string(), z.unknown());

const toolSchema = z.object({
  type: z.string().nullish(),
  function: z.object({
    name: z.string(),
    description: z.string().nullish(),
    parameters: jsonObjectSchema.nullish(),
  }),
});

const toolChoiceSchema = z.union([
  z.string(),
  z.object({
    type: z.string().nullish(),
    function: z.object({ name: z.string() }).nullish(),
  }),
]);

export const chatRequestSchema = z.object({
  model: z.string().nullish(),
  messages: z.array(chatMessageSchema).min(1),
  tools: z.array(toolSchema).nullish(),
  tool_choice: toolChoiceSchema.nullish(),
  stream: z.boolean().nullish(),
  stream_options: z.object({ include_usage: z.boolean().nullish() }).nullish(),
});

export const embeddingRequestSchema = z.object({
  model: z.string().nullish(),
  input: z.union([z.string(), z.array(z.string())]),
  dimensions: z.number().int().positive().max(16384).nullish(),
  encoding_format: z.enum(["float", "base64"]).nullish(),
});

export type ChatMessage = z.infer<typeof chatMessageSchema>;
export type ChatTool = z.infer<typeof toolSchema>;
export type ChatRequest = z.infer<typeof chatRequestSchema>;
export type JsonObject = z.infer<typeof jsonObjectSchema>;

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens: number;
}

export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

export function errorBody(message: string, type: string, code: string | null = null): OpenAIErrorBody {
  return { error: { message, type, param: null, code } };
}

/** The text of a message's content, whether a string or a list of parts (images become nothing). */
export function messageText(message: ChatMessage): string {
  const { content } = message;
  if (content == null) return "";
  if (typeof content === "string") return content;
  return content
    .map((part) => (part.type === "text" && part.text ? part.text : ""))
    .filter((text) => text !== "")
    .join("\n");
}
