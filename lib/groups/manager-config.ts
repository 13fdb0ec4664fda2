import { z } from "zod";
import { MAX_FREQUENCY } from "@/lib/sleeptime/frequency";

/**
 * What of a group's manager config Letta 0.16.8 lets you change (PATCH /v1/groups/{id}): the manager
 * type cannot change after creation, and a value that is empty or 0 is ignored rather than cleared, so
 * every number here is a whole number of at least 1 (the voice buffers more than 4, max above min).
 */
const whole = (label: string, min = 1) =>
  z
    .number({ error: `${label} must be a whole number.` })
    .int(`${label} must be a whole number.`)
    .min(min, `${label} must be at least ${min}.`)
    .max(MAX_FREQUENCY, `${label} is too large.`);

const description = z
  .string()
  .trim()
  .min(1, "The description cannot be emptied (Letta ignores an empty one).")
  .max(2000)
  .optional();

export const groupUpdateSchema = z.discriminatedUnion("managerType", [
  z.object({
    managerType: z.literal("sleeptime"),
    description,
    sleeptimeAgentFrequency: whole("The frequency").optional(),
  }),
  z.object({ managerType: z.literal("round_robin"), description, maxTurns: whole("Max turns").optional() }),
  z.object({ managerType: z.literal("supervisor"), description }),
  z.object({
    managerType: z.literal("dynamic"),
    description,
    maxTurns: whole("Max turns").optional(),
    terminationToken: z.string().trim().min(1, "The termination token cannot be empty.").max(200).optional(),
  }),
  z
    .object({
      managerType: z.literal("voice_sleeptime"),
      description,
      minMessageBufferLength: whole("The minimum buffer", 5).optional(),
      maxMessageBufferLength: whole("The maximum buffer", 5).optional(),
    })
    .refine(
      (value) => (value.minMessageBufferLength === undefined) === (value.maxMessageBufferLength === undefined),
      "Set both buffer lengths together.",
    )
    .refine(
      (value) =>
        value.minMessageBufferLength === undefined ||
        (value.maxMessageBufferLength ?? 0) > value.minMessageBufferLength,
      "The maximum buffer must be larger than the minimum.",
    ),
]);

export type GroupUpdate = z.infer<typeof groupUpdateSchema>;

/** The body Letta expects for an update (`manager_type` selects the variant and is required). */
export function toLettaGroupUpdate(update: GroupUpdate): {
  description?: string;
  manager_config: Record<string, unknown>;
} {
  const config: Record<string, unknown> = { manager_type: update.managerType };
  switch (update.managerType) {
    case "sleeptime":
      if (update.sleeptimeAgentFrequency !== undefined)
        config.sleeptime_agent_frequency = update.sleeptimeAgentFrequency;
      break;
    case "round_robin":
      if (update.maxTurns !== undefined) config.max_turns = update.maxTurns;
      break;
    case "dynamic":
      if (update.maxTurns !== undefined) config.max_turns = update.maxTurns;
      if (update.terminationToken !== undefined) config.termination_token = update.terminationToken;
      break;
    case "voice_sleeptime":
      if (update.minMessageBufferLength !== undefined) config.min_message_buffer_length = update.minMessageBufferLength;
      if (update.maxMessageBufferLength !== undefined) config.max_message_buffer_length = update.maxMessageBufferLength;
      break;
    case "supervisor":
      break;
  }
  return { ...(update.description !== undefined ? { description: update.description } : {}), manager_config: config };
}
