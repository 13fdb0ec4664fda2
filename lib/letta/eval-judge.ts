// The model_judge grader's judge on a Letta server: a temporary agent (no tools, no memory blocks) with the
// judge's system prompt, asked once, deleted afterwards whatever happened. Takes the SDK client rather than a
// connection, so the runner passes `lettaClient(connection)` and the integration spec its own client.
import { randomUUID } from "node:crypto";
import type Letta from "@letta-ai/letta-client";
import type { Judge, JudgePrompt } from "@/lib/evals/graders";
import { AppError } from "@/lib/errors";
import { toAppError } from "./errors";
import { toChatEvent } from "./message-mapping";

/** Every judge agent carries this tag, so a judge left behind by a crash can be found and removed. */
const JUDGE_AGENT_TAG = "ade-eval-judge";

export interface LettaJudgeOptions {
  /** The model when the grader names none (the runner passes the evaluated agent's model). */
  defaultModel?: string;
  /** How long one judgement may take (default 5 minutes). */
  timeoutMs?: number;
  /** For error messages: the server's public URL. */
  baseUrl?: string;
}

export function createLettaJudge(client: Letta, options: LettaJudgeOptions = {}): Judge {
  return async (prompt) => {
    const model = prompt.model ?? options.defaultModel;
    if (!model) {
      throw new AppError("invalid_input", "The judge has no model.", "Name a model in the model_judge grader.");
    }
    let agentId: string | undefined;
    try {
      const agent = await client.agents.create(
        {
          name: `eval-judge-${randomUUID().slice(0, 8)}`,
          description: "A temporary judge for an ADE eval; deleted once it has answered.",
          model,
          system: prompt.system,
          include_base_tools: false,
          include_base_tool_rules: false,
          tools: [],
          memory_blocks: [],
          tags: [JUDGE_AGENT_TAG],
          hidden: true,
        },
        { maxRetries: 0 },
      );
      agentId = agent.id;
      return await ask(client, agent.id, prompt, options.timeoutMs ?? 5 * 60_000);
    } catch (error) {
      throw toAppError(error, options.baseUrl ? { baseUrl: options.baseUrl } : {});
    } finally {
      if (agentId) await removeJudge(client, agentId);
    }
  };
}

async function ask(client: Letta, agentId: string, prompt: JudgePrompt, timeout: number): Promise<string> {
  const response = await client.agents.messages.create(
    agentId,
    { messages: [{ role: "user", content: prompt.message }] },
    // Never retried: a retry would post the prompt twice.
    { maxRetries: 0, timeout },
  );
  const replies: string[] = [];
  let failure: string | undefined;
  for (const message of response.messages) {
    const event = toChatEvent(message);
    if (event?.type === "assistant") replies.push(event.delta);
    if (event?.type === "error") failure = event.error.message;
  }
  const stop = response.stop_reason.stop_reason;
  if (failure || (stop !== "end_turn" && replies.length === 0)) {
    throw new AppError(
      "server_error",
      `The judge's run stopped (${stop}): ${failure ?? "it gave no answer"}.`,
      "Check the judge's model.",
    );
  }
  return replies.at(-1) ?? "";
}

async function removeJudge(client: Letta, agentId: string): Promise<void> {
  try {
    await client.agents.delete(agentId);
  } catch (error) {
    // The verdict stands; the agent is tagged for a later clean-up.
    console.error(`Could not delete the eval judge agent ${agentId} (tag ${JUDGE_AGENT_TAG}):`, error);
  }
}
