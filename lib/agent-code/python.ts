import { createBody, llmChanges, SAMPLE_MESSAGE, sleeptimeFrequency, toolBody } from "./create-body";
import { pyLiteral } from "./literal";
import type { AgentCodeSnippets, AgentCodeSpec } from "./spec";

function clientLines(spec: AgentCodeSpec): string[] {
  return [
    "import os",
    "",
    "from letta_client import Letta",
    "",
    "# Your API key goes in the LETTA_API_KEY environment variable (a self-hosted server without a password needs none).",
    "client = Letta(",
    `    base_url=${pyLiteral(spec.baseUrl)},`,
    '    api_key=os.environ.get("LETTA_API_KEY"),',
    ...(spec.projectId ? [`    project_id=${pyLiteral(spec.projectId)},`] : []),
    ")",
  ];
}

/** Python (`letta-client`) that recreates the agent, and one that talks to it. */
export function pythonSnippets(spec: AgentCodeSpec): AgentCodeSnippets {
  const lines = clientLines(spec);
  if (spec.customTools.length > 0) {
    lines.push("", "# Custom tools, created (or updated when one of that name exists) from their source.");
    for (const tool of spec.customTools) lines.push(`client.tools.upsert(**${pyLiteral(toolBody(tool))})`);
  }
  lines.push("", `agent = client.agents.create(**${pyLiteral(createBody(spec))})`);
  const llm = llmChanges(spec);
  if (llm) {
    lines.push(
      "",
      "# Model settings, laid over the model's defaults.",
      "client.agents.update(",
      "    agent.id,",
      `    llm_config={**agent.llm_config.model_dump(exclude_none=True), **${pyLiteral(llm, 4)}},`,
      ")",
    );
  }
  const frequency = sleeptimeFrequency(spec);
  if (frequency !== null) {
    lines.push(
      "",
      "# Sleep-time: the sleep-time agent runs after every N-th turn (the SDK has no groups resource).",
      'with_group = client.agents.retrieve(agent.id, include=["agent.managed_group"])',
      "if with_group.managed_group:",
      "    client.patch(",
      '        f"/v1/groups/{with_group.managed_group.id}",',
      "        cast_to=object,",
      `        body={"manager_config": {"manager_type": "sleeptime", "sleeptime_agent_frequency": ${frequency}}},`,
      "    )",
    );
  }
  lines.push("", 'print(f"Created agent {agent.id}")', "");

  const message = [
    ...clientLines(spec),
    "",
    `agent_id = ${pyLiteral(spec.agentId)}`,
    "stream = client.agents.messages.stream(",
    "    agent_id,",
    `    messages=[{"role": "user", "content": ${pyLiteral(SAMPLE_MESSAGE)}}],`,
    "    stream_tokens=True,",
    ")",
    "for chunk in stream:",
    '    if chunk.message_type == "assistant_message":',
    '        print(chunk.content, end="", flush=True)',
    '    elif chunk.message_type == "tool_call_message":',
    '        print(f"\\n[tool] {chunk.tool_call.name}")',
    '    elif chunk.message_type == "stop_reason":',
    '        print(f"\\n[stop] {chunk.stop_reason}")',
    "",
  ];
  return { create: lines.join("\n"), message: message.join("\n") };
}
