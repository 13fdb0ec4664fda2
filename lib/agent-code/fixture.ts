import type { AgentCodeSpec } from "./spec";

/** An agent with everything the code recreates, and values that try to break out of their quotes. */
export const sampleSpec: AgentCodeSpec = {
  baseUrl: "http://localhost:8283",
  projectId: null,
  agentId: "agent-1234",
  name: `Quote's "agent"`,
  description: "Line one\nline two `${process.exit(1)}` $(rm -rf /)",
  agentType: "letta_v1_agent",
  model: "openai-proxy/scripted",
  embedding: "openai/text-embedding-3-small",
  system: `You are helpful.\n"""triple""" '''single''' \\ \u2028 {braces} \${x} #{y}`,
  tags: ["a'b", "team"],
  llm: { temperature: 0.3, contextWindow: 16000, maxTokens: 2048, reasoning: false, reasoningEffort: null },
  blocks: [
    {
      label: "notes/today",
      value: "JSON\nJSON\n'JSON'\nEOF",
      limit: 4000,
      description: "Today's notes",
      readOnly: true,
    },
    { label: "persona", value: "I am 'me' and \"you\"", limit: null, description: null, readOnly: false },
  ],
  toolNames: ["conversation_search", "memory_insert", "shout"],
  customTools: [
    {
      name: "shout",
      sourceCode:
        'def shout(text: str) -> str:\n    """Shouts.\n\n    Args:\n        text: what\n    """\n    return text.upper()\n',
      description: "Shouts.",
      jsonSchema: {
        name: "shout",
        parameters: { type: "object", properties: { text: { type: "string" } }, required: ["text"] },
      },
      pipRequirements: [],
    },
  ],
  toolRules: [
    { type: "run_first", tool_name: "conversation_search" },
    { type: "exit_loop", tool_name: "shout" },
    { type: "constrain_child_tools", tool_name: "memory_insert", children: ["shout"] },
  ],
  sleeptime: { enabled: true, frequency: 3 },
};
