// Plain values without zod, so a page that only shows templates (the agents list) does not load the schemas.

export const archivalToolNames = ["archival_memory_insert", "archival_memory_search"] as const;

/** The server's default character limit for a new block is 100,000; persona and human use 20,000. */
export const DEFAULT_BLOCK_LIMIT = 20_000;

/** Agent types worth creating by hand; sleep-time and voice agents are made by the server as companions. */
export const creatableAgentTypes = [
  {
    value: "letta_v1_agent",
    label: "Letta v1 (recommended)",
    hint: "Replies in plain text, calls tools when it needs them.",
  },
  { value: "memgpt_v2_agent", label: "MemGPT v2", hint: "Always answers through tools, with refreshed memory tools." },
  { value: "memgpt_agent", label: "MemGPT (classic)", hint: "The original MemGPT loop with heartbeats." },
  { value: "react_agent", label: "ReAct", hint: "Tool use without memory tools." },
  { value: "workflow_agent", label: "Workflow", hint: "Clears its message buffer after each run." },
] as const;
