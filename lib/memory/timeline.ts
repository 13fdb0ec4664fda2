/** A memory tool call as read from an agent's message history. */
export interface MemoryToolCall {
  toolCallId: string;
  date: string;
  name: string;
  /** The JSON argument string the model sent. */
  arguments: string;
}

export interface MemoryChangeAuthor {
  agentId: string;
  agentName: string;
  kind: "agent" | "sleep-time agent" | "ade";
}

export interface MemoryChange {
  id: string;
  at: string;
  label: string;
  tool: string;
  /** What the call asked for, in words taken from its arguments. */
  summary: string;
  /** From the tool's return message; "unknown" when the history holds none. */
  outcome: "applied" | "failed" | "unknown";
  author: MemoryChangeAuthor;
}

const summaries: Record<string, (args: Record<string, unknown>) => string | undefined> = {
  memory_insert: (args) => text("inserted", args.new_string),
  memory_replace: (args) => pair("replaced", args.old_string, args.new_string),
  memory_rethink: (args) => text("rewrote the block as", args.new_memory),
  core_memory_append: (args) => text("appended", args.content),
  core_memory_replace: (args) => pair("replaced", args.old_content, args.new_content),
  memory_apply_patch: (args) => text("applied a patch", args.patch),
};

export const MEMORY_TOOLS: readonly string[] = Object.keys(summaries);

function text(verb: string, value: unknown): string | undefined {
  return typeof value === "string" ? `${verb} "${value}"` : undefined;
}

function pair(verb: string, before: unknown, after: unknown): string | undefined {
  return typeof before === "string" && typeof after === "string" ? `${verb} "${before}" with "${after}"` : undefined;
}

function parseArguments(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The block changes an agent's memory tool calls asked for. A call whose arguments do not name a block
 * label is left out rather than attributed to a guessed block.
 */
export function memoryChangesFrom(calls: readonly MemoryToolCall[], outcomes: ReadonlyMap<string, "success" | "error">, author: MemoryChangeAuthor): MemoryChange[] {
  return calls.flatMap((call) => {
    const describe = summaries[call.name];
    const args = parseArguments(call.arguments);
    if (!describe || !args || typeof args.label !== "string") return [];
    const outcome = outcomes.get(call.toolCallId);
    return [
      {
        id: `${author.agentId}:${call.toolCallId}`,
        at: call.date,
        label: args.label,
        tool: call.name,
        summary: describe(args) ?? call.name,
        outcome: outcome === "success" ? "applied" : outcome === "error" ? "failed" : "unknown",
        author,
      },
    ];
  });
}
