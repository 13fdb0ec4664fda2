import { createBody, llmChanges, SAMPLE_MESSAGE, sleeptimeFrequency, toolBody } from "./create-body";
import { tsLiteral } from "./literal";
import type { AgentCodeSnippets, AgentCodeSpec } from "./spec";

function clientLines(spec: AgentCodeSpec): string[] {
  return [
    'import Letta from "@letta-ai/letta-client";',
    "",
    "// Your API key goes in the LETTA_API_KEY environment variable (a self-hosted server without a password needs none).",
    "const client = new Letta({",
    `  baseURL: ${tsLiteral(spec.baseUrl)},`,
    "  apiKey: process.env.LETTA_API_KEY,",
    ...(spec.projectId ? [`  projectID: ${tsLiteral(spec.projectId)},`] : []),
    "});",
  ];
}

/** TypeScript (`@letta-ai/letta-client`, run with `npx tsx agent.mts`) that recreates the agent, and one that talks to it. */
export function typescriptSnippets(spec: AgentCodeSpec): AgentCodeSnippets {
  const lines = clientLines(spec);
  if (spec.customTools.length > 0) {
    lines.push("", "// Custom tools, created (or updated when one of that name exists) from their source.");
    for (const tool of spec.customTools) lines.push(`await client.tools.upsert(${tsLiteral(toolBody(tool))});`);
  }
  lines.push("", `const agent = await client.agents.create(${tsLiteral(createBody(spec))});`);
  const llm = llmChanges(spec);
  if (llm) {
    lines.push(
      "",
      "// Model settings, laid over the model's defaults.",
      "await client.agents.update(agent.id, {",
      `  llm_config: { ...agent.llm_config, ...${tsLiteral(llm, 2)} },`,
      "});",
    );
  }
  const frequency = sleeptimeFrequency(spec);
  if (frequency !== null) {
    lines.push(
      "",
      "// Sleep-time: the sleep-time agent runs after every N-th turn (the SDK has no groups resource).",
      'const withGroup = await client.agents.retrieve(agent.id, { include: ["agent.managed_group"] });',
      "if (withGroup.managed_group) {",
      "  await client.patch(`/v1/groups/${withGroup.managed_group.id}`, {",
      `    body: { manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: ${frequency} } },`,
      "  });",
      "}",
    );
  }
  lines.push("", "console.log(`Created agent ${agent.id}`);", "");

  const message = [
    ...clientLines(spec),
    "",
    `const agentId = ${tsLiteral(spec.agentId)};`,
    "const stream = await client.agents.messages.stream(",
    "  agentId,",
    `  { messages: [{ role: "user", content: ${tsLiteral(SAMPLE_MESSAGE)} }], stream_tokens: true },`,
    "  { maxRetries: 0 }, // a retried send would post the message twice",
    ");",
    "for await (const chunk of stream) {",
    '  if (chunk.message_type === "assistant_message") {',
    '    process.stdout.write(typeof chunk.content === "string" ? chunk.content : JSON.stringify(chunk.content));',
    '  } else if (chunk.message_type === "tool_call_message") {',
    '    console.log(`\\n[tool] ${chunk.tool_call.name ?? ""}`);',
    '  } else if (chunk.message_type === "stop_reason") {',
    "    console.log(`\\n[stop] ${chunk.stop_reason}`);",
    "  }",
    "}",
    "",
  ];
  return { create: lines.join("\n"), message: message.join("\n") };
}
