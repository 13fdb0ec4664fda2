import Letta, { toFile } from "@letta-ai/letta-client";
import { agentFileSchema, type AgentFile, type AgentFileMessage } from "../../lib/agent-files/schema";

const userText = (index: number) => `History message ${index}: a question about item ${index}`;
export const replyText = (index: number) =>
  `Reply ${index}: item ${index} is noted, with a few more words so the row has some length to it.`;

/**
 * An agent file with `count` messages after the system message (user and reply alternating, one second
 * apart), made from a template agent's own export so every other field is what the server expects.
 * Only the last `inContext` messages are in the agent's context, as after a long life with summaries.
 */
function withMessages(template: AgentFile, name: string, count: number, inContext = 40): AgentFile {
  const agent = template.agents[0];
  const system = agent?.messages?.find((message) => message.role === "system");
  if (!agent || !system || typeof system.created_at !== "string")
    throw new Error("The template export has no agent with a system message.");
  const start = Date.parse(system.created_at);
  const messages: AgentFileMessage[] = [system];
  for (let index = 1; index <= count; index++) {
    const user = index % 2 === 1;
    const pair = Math.ceil(index / 2);
    messages.push({
      ...system,
      id: `message-${index}`,
      otid: null,
      role: user ? "user" : "assistant",
      content: [{ type: "text", text: user ? userText(pair) : replyText(pair), signature: null }],
      model: user ? null : system.model,
      created_at: new Date(start + index * 1000).toISOString(),
    });
  }
  const ids = messages.map((message) => message.id);
  return {
    ...template,
    agents: [{ ...agent, name, messages, in_context_message_ids: [system.id, ...ids.slice(-inContext)] }],
  };
}

/** Creates a template agent, exports it, imports a copy holding `count` messages, and deletes the template. */
export async function importAgentWithMessages(
  letta: Letta,
  name: string,
  count: number,
): Promise<{ agentId: string; bytes: number }> {
  const template = await letta.agents.create({
    name: `${name}-template`,
    model: process.env.BENCH_MODEL ?? "openai-proxy/scripted-model",
    embedding: process.env.BENCH_EMBEDDING ?? "openai/text-embedding-3-small",
    memory_blocks: [{ label: "human", value: "A benchmark." }],
  });
  try {
    // exportFile is typed as a string but resolves to the parsed JSON.
    const exported = agentFileSchema.parse(await letta.agents.exportFile(template.id));
    const text = JSON.stringify(withMessages(exported, name, count));
    const file = await toFile(Buffer.from(text), `${name}.af`, { type: "application/json" });
    const imported = await letta.agents.importFile({ file }, { timeout: 600_000 });
    const agentId = imported.agent_ids[0];
    if (!agentId) throw new Error("The import returned no agent.");
    return { agentId, bytes: text.length };
  } finally {
    await letta.agents.delete(template.id).catch(() => undefined);
  }
}
