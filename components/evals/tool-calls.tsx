import type { CaseTrace } from "@/lib/evals/types";

const MAX_ARGUMENTS = 200;

function argumentsText(args: Record<string, unknown> | string): string {
  const text = typeof args === "string" ? args : JSON.stringify(args);
  return text.length > MAX_ARGUMENTS ? `${text.slice(0, MAX_ARGUMENTS - 1)}…` : text;
}

/** The tool calls of a case, in order: name and arguments as text (they come from the model). */
export function ToolCalls({ trace }: { trace: CaseTrace | null }) {
  const calls = (trace?.messages ?? []).flatMap((message) => (message.type === "tool_call" ? [message] : []));
  if (calls.length === 0) return "—";
  return (
    <ul aria-label="Tool calls" className="space-y-1">
      {calls.map((call) => (
        <li key={call.toolCallId} className="font-mono text-xs break-words whitespace-pre-wrap">
          {call.name}({argumentsText(call.arguments)})
        </li>
      ))}
    </ul>
  );
}
