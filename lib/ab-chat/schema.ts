import { z } from "zod";
import { idSchema } from "@/lib/ids";

/** How long a test message may be (characters), and how many messages (turns) one replay sends. */
const TEST_MESSAGE_MAX = 20_000;
export const REPLAY_MAX_MESSAGES = 100;

/** A test message's text, as the form checks it and the actions check it again. */
export const testMessageText = z
  .string()
  .refine((text) => text.trim().length > 0, "Type a test message first")
  .pipe(
    z.string().max(TEST_MESSAGE_MAX, `A test message has at most ${TEST_MESSAGE_MAX.toLocaleString("en")} characters`),
  );

/** The two agents of an A/B page: A on the left, B on the right (never the same agent). */
export const pairSchema = z
  .object({ a: idSchema, b: idSchema })
  .refine((pair) => pair.a !== pair.b, { message: "Pick two different agents", path: ["b"] });

/** An action's input: the pair beside the change itself. */
const withPair = <Shape extends z.ZodRawShape>(shape: Shape) => z.intersection(pairSchema, z.object(shape));

/** Saves a message as a new case of the pair's dataset (a new dataset when none is picked). */
export const addTestMessageInput = withPair({ text: testMessageText });
export const removeTestCaseInput = withPair({ caseId: idSchema });
/** The dataset the pair replays (null: none). */
export const pickDatasetInput = withPair({ datasetId: idSchema.nullable() });

const text = z.string().max(100_000);

/** One part of a reply as the ADE keeps it for a replay (text only: it is shown as text or sanitized markdown). */
export const replyPartSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["assistant", "reasoning"]), text }),
  z.object({ kind: z.literal("tool_call"), name: z.string().max(200), arguments: text }),
  z.object({ kind: z.literal("tool_return"), status: z.enum(["success", "error"]), result: text }),
  z.object({ kind: z.literal("error"), message: z.string().max(2_000), hint: z.string().max(2_000) }),
]);

/** One side's reply to one test message of a replay. */
export const sideReplySchema = z.object({
  status: z.enum(["done", "stopped", "failed"]),
  parts: z.array(replyPartSchema).max(200),
  stopReason: z.string().max(100).nullable(),
  usage: z
    .object({
      steps: z.number().int().min(0),
      promptTokens: z.number().int().min(0),
      completionTokens: z.number().int().min(0),
    })
    .nullable(),
  durationMs: z.number().int().min(0).nullable(),
  runIds: z.array(idSchema).max(20),
});

export const saveReplayRepliesInput = withPair({
  replayId: idSchema,
  index: z
    .number()
    .int()
    .min(0)
    .max(REPLAY_MAX_MESSAGES - 1),
  /** Keyed by side ("a", "b"), not by agent id: the store files them under each agent's id. */
  replies: z.object({ a: sideReplySchema, b: sideReplySchema }),
});

export const finishReplayInput = withPair({ replayId: idSchema, stopped: z.boolean() });

const replayMessageSchema = z.object({
  id: z.string(),
  text: z.string(),
  caseId: z.string().optional(),
  turn: z.number().int().min(1).optional(),
  turns: z.number().int().min(1).optional(),
});

/** The latest replay (Replay), as the store holds it. */
export const replaySchema = z.object({
  id: z.string(),
  datasetId: z.string().optional(),
  datasetName: z.string().optional(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  stopped: z.boolean(),
  messages: z.array(replayMessageSchema),
  replies: z.record(z.string(), z.array(sideReplySchema.nullable())),
});

/** A pair's data as the A/B chat kept it before its test messages became datasets (a data folder's ab-chat.json). */
export const legacyPairSchema = z.object({
  messages: z.array(z.object({ id: z.string(), text: z.string() })),
  replay: replaySchema.nullable(),
});
