import { createBody, llmChanges, SAMPLE_MESSAGE, sleeptimeFrequency, toolBody } from "./create-body";
import { shellQuote, jsonLiteral } from "./literal";
import type { AgentCodeSnippets, AgentCodeSpec } from "./spec";

/** A JSON body fed to curl on stdin by a quoted heredoc: the shell expands nothing inside it. */
function heredoc(value: unknown, redirect = ""): string[] {
  return [`  --data @-${redirect} <<'JSON'`, jsonLiteral(value), "JSON"];
}

function headerLines(spec: AgentCodeSpec): string[] {
  return [
    "set -euo pipefail",
    "# Needs curl and jq. Your API key goes in LETTA_API_KEY (a self-hosted server without a password needs none).",
    `LETTA_BASE_URL=${shellQuote(spec.baseUrl.replace(/\/+$/, ""))}`,
    'AUTH=(-H "Authorization: Bearer ${LETTA_API_KEY:-}")',
    ...(spec.projectId ? [`AUTH+=(-H ${shellQuote(`X-Project-Id: ${spec.projectId}`)})`] : []),
  ];
}

/** curl (with jq for the ids and model settings) that recreates the agent, and one that talks to it. */
export function curlSnippets(spec: AgentCodeSpec): AgentCodeSnippets {
  const lines = headerLines(spec);
  for (const tool of spec.customTools) {
    lines.push(
      "",
      `# Custom tool ${tool.name}, created (or updated) from its source.`,
      'curl -sS --fail-with-body -X PUT "$LETTA_BASE_URL/v1/tools/" "${AUTH[@]}" -H "Content-Type: application/json" \\',
      ...heredoc(toolBody(tool), " >/dev/null"),
    );
  }
  lines.push(
    "",
    'AGENT_ID=$(curl -sS --fail-with-body -X POST "$LETTA_BASE_URL/v1/agents/" "${AUTH[@]}" -H "Content-Type: application/json" \\',
    ...heredoc(createBody(spec)),
    ")",
    'AGENT_ID=$(jq -r .id <<<"$AGENT_ID")',
  );
  const llm = llmChanges(spec);
  if (llm) {
    lines.push(
      "",
      "# Model settings, laid over the model's defaults.",
      'curl -sS --fail-with-body "$LETTA_BASE_URL/v1/agents/$AGENT_ID" "${AUTH[@]}" \\',
      `  | jq ${shellQuote(`{llm_config: (.llm_config + ${JSON.stringify(llm)})}`)} \\`,
      '  | curl -sS --fail-with-body -X PATCH "$LETTA_BASE_URL/v1/agents/$AGENT_ID" "${AUTH[@]}" -H "Content-Type: application/json" --data @- >/dev/null',
    );
  }
  const frequency = sleeptimeFrequency(spec);
  if (frequency !== null) {
    lines.push(
      "",
      "# Sleep-time: the sleep-time agent runs after every N-th turn.",
      'GROUP_ID=$(curl -sS --fail-with-body "$LETTA_BASE_URL/v1/agents/$AGENT_ID?include=agent.managed_group" "${AUTH[@]}" | jq -r .managed_group.id)',
      'curl -sS --fail-with-body -X PATCH "$LETTA_BASE_URL/v1/groups/$GROUP_ID" "${AUTH[@]}" -H "Content-Type: application/json" \\',
      `  --data ${shellQuote(JSON.stringify({ manager_config: { manager_type: "sleeptime", sleeptime_agent_frequency: frequency } }))} >/dev/null`,
    );
  }
  lines.push("", 'echo "Created agent $AGENT_ID"', "");

  const message = [
    ...headerLines(spec),
    `AGENT_ID=${shellQuote(spec.agentId)}`,
    "",
    "# Server-sent events, one JSON message per `data:` line, as the reply streams.",
    'curl -sS --fail-with-body -N -X POST "$LETTA_BASE_URL/v1/agents/$AGENT_ID/messages/stream" "${AUTH[@]}" \\',
    '  -H "Content-Type: application/json" \\',
    ...heredoc({ messages: [{ role: "user", content: SAMPLE_MESSAGE }], stream_tokens: true }),
    "",
  ];
  return { create: lines.join("\n"), message: message.join("\n") };
}
