import { DiffText } from "@/components/memory/diff-text";
import type { RequestDiff } from "@/lib/inspector/request-diff";
import type { RequestMessage } from "@/lib/inspector/request";

function Messages({ title, messages }: { title: string; messages: RequestMessage[] }) {
  return (
    <section aria-label={title} className="space-y-1">
      <h3 className="text-sm font-semibold">
        {title} ({messages.length})
      </h3>
      {messages.length === 0 ? <p className="text-xs text-zinc-500">None.</p> : null}
      <ol className="space-y-1">
        {messages.map((message, index) => (
          <li key={index} className="rounded bg-zinc-50 p-1 text-xs dark:bg-zinc-900">
            <span className="font-semibold">{message.role}: </span>
            <span className="whitespace-pre-wrap break-words font-mono">
              {[message.text, ...message.toolCalls.map((call) => `calls ${call.name}(${call.arguments})`)]
                .filter(Boolean)
                .join("\n")}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What changed from one step's request to another's: memory edits, messages, tools offered. */
export function RequestDiffView({ diff }: { diff: RequestDiff }) {
  return (
    <div className="space-y-4">
      <section aria-label="Memory edits" className="space-y-1">
        <h3 className="text-sm font-semibold">Memory edits ({diff.memory.length})</h3>
        {diff.memory.length === 0 ? (
          <p className="text-xs text-zinc-500">Memory is the same in both requests.</p>
        ) : null}
        {diff.memory.map((block) => (
          <div key={block.label}>
            <p className="font-mono text-xs font-semibold">
              {block.label} ({block.change})
            </p>
            <DiffText parts={block.parts} label={`Change of block ${block.label}`} className="text-xs" />
          </div>
        ))}
      </section>
      {diff.systemPrompt ? (
        <section aria-label="System prompt change">
          <h3 className="text-sm font-semibold">System prompt (outside memory)</h3>
          <DiffText parts={diff.systemPrompt} label="Change of the system prompt" className="text-xs" />
        </section>
      ) : null}
      <Messages title="New messages" messages={diff.messagesAdded} />
      {diff.messagesRemoved.length > 0 ? (
        <Messages title="Messages no longer sent" messages={diff.messagesRemoved} />
      ) : null}
      <section aria-label="Tools offered change" className="text-xs">
        <h3 className="text-sm font-semibold">Tools offered</h3>
        {diff.toolsAdded.length === 0 && diff.toolsRemoved.length === 0 ? (
          <p className="text-zinc-500">The same tools.</p>
        ) : null}
        {diff.toolsAdded.length > 0 ? <p>Added: {diff.toolsAdded.join(", ")}</p> : null}
        {diff.toolsRemoved.length > 0 ? <p>Removed: {diff.toolsRemoved.join(", ")}</p> : null}
        {diff.toolChoice ? (
          <p>
            Tool choice: {diff.toolChoice.before ?? "not set"} → {diff.toolChoice.after ?? "not set"}
          </p>
        ) : null}
      </section>
    </div>
  );
}
