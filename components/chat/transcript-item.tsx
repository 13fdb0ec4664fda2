import type { TranscriptItem } from "@/lib/chat/transcript";
import { Markdown } from "./markdown";
import type { ForkTarget } from "./use-fork";
import { Button } from "@/components/ui/button";

const frame = "rounded-lg border px-3 py-2 text-sm";
const longText = 600;

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

const snippetLength = 60;

interface ForkButtonProps extends ForkTarget {
  onFork: ((target: ForkTarget) => void) | undefined;
  align: "start" | "end";
}

/** Below its message (not inside it, so the message's text stays only the message); named after it. */
function ForkButton({ messageId, text, onFork, align }: ForkButtonProps) {
  const line = text.replace(/\s+/g, " ").trim();
  const snippet = line.length > snippetLength ? `${line.slice(0, snippetLength)}…` : line;
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Fork from this message: ${snippet}`}
      disabled={!onFork}
      onClick={() => onFork?.({ messageId, text })}
      className={align === "end" ? "self-end" : "self-start"}
    >
      Fork from here
    </Button>
  );
}

/**
 * One message of the transcript. Agent and tool output is text or sanitized markdown, never raw HTML.
 * Messages the server holds can start a fork (`onFork`; absent while a turn streams, which disables it).
 */
export function TranscriptItemView({ item, onFork }: { item: TranscriptItem; onFork?: (target: ForkTarget) => void }) {
  switch (item.kind) {
    case "user":
      return (
        <>
          <article
            aria-label="Your message"
            className={`${frame} ml-auto max-w-[85%] border-blue-200 bg-blue-50 dark:border-blue-900 dark:bg-blue-950`}
          >
            <p className="whitespace-pre-wrap break-words">{item.text}</p>
          </article>
          {item.messageId ? (
            <ForkButton messageId={item.messageId} text={item.text} onFork={onFork} align="end" />
          ) : null}
        </>
      );
    case "system":
      return (
        <details
          open={item.text.length <= longText}
          aria-label="System message"
          className={`${frame} border-zinc-300 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-800`}
        >
          <summary className="cursor-pointer text-xs font-medium uppercase tracking-wide">System message</summary>
          <p className="mt-1 whitespace-pre-wrap break-words font-mono text-xs">{item.text}</p>
        </details>
      );
    case "event":
      return (
        <p role="note" aria-label="Event" className="text-center text-xs text-zinc-500">
          {item.text}
        </p>
      );
    case "assistant":
      return (
        <>
          <article
            aria-label="Agent reply"
            className={`${frame} max-w-[85%] border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900`}
          >
            <Markdown text={item.text} />
          </article>
          {item.messageId ? (
            <ForkButton messageId={item.messageId} text={item.text} onFork={onFork} align="start" />
          ) : null}
        </>
      );
    case "reasoning":
      return (
        <details
          open
          aria-label="Reasoning"
          className={`${frame} border-violet-200 bg-violet-50 text-violet-900 dark:border-violet-900 dark:bg-violet-950 dark:text-violet-100`}
        >
          <summary className="cursor-pointer text-xs font-medium uppercase tracking-wide">Reasoning</summary>
          <p className="mt-1 whitespace-pre-wrap break-words italic">{item.text}</p>
        </details>
      );
    case "hidden_reasoning":
      return <p className="text-xs italic text-zinc-500">The model reasoned privately (hidden by the provider).</p>;
    case "tool_call":
    case "approval_request":
      return (
        <article
          aria-label={`${item.kind === "approval_request" ? "Approval request" : "Tool call"} ${item.name ?? ""}`.trim()}
          className={`${frame} border-amber-200 bg-amber-50 dark:border-amber-900 dark:bg-amber-950`}
        >
          <p className="text-xs font-medium uppercase tracking-wide">
            {item.kind === "approval_request" ? "Needs approval: " : "Tool call: "}
            <span className="font-mono normal-case">{item.name ?? "…"}</span>
          </p>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs">
            {prettyJson(item.arguments)}
          </pre>
        </article>
      );
    case "approval_response":
      return (
        <p role="note" aria-label="Approval answer" className="ml-auto text-xs text-zinc-600 dark:text-zinc-400">
          {item.approve === false ? "Tool call denied" : "Tool call approved"}
          {item.reason ? `: ${item.reason}` : ""}
        </p>
      );
    case "tool_return": {
      const size = item.result.length + item.stdout.join("").length + item.stderr.join("").length;
      return (
        <details
          open={size <= longText}
          aria-label="Tool result"
          className={`${frame} ${item.status === "error" ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950" : "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950"}`}
        >
          <summary className="cursor-pointer text-xs font-medium uppercase tracking-wide">
            Tool result ({item.status === "error" ? "failed" : "success"})
          </summary>
          <pre className="mt-1 overflow-x-auto whitespace-pre-wrap break-words font-mono text-xs">{item.result}</pre>
          {item.stdout.length > 0 ? (
            <pre className="mt-1 whitespace-pre-wrap font-mono text-xs">stdout: {item.stdout.join("")}</pre>
          ) : null}
          {item.stderr.length > 0 ? (
            <pre className="mt-1 whitespace-pre-wrap font-mono text-xs text-red-700 dark:text-red-300">
              stderr: {item.stderr.join("")}
            </pre>
          ) : null}
        </details>
      );
    }
    case "error":
      return (
        <div
          role="alert"
          className={`${frame} border-red-300 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200`}
        >
          <p className="font-medium">{item.error.message}</p>
          <p className="text-xs">{item.error.hint}</p>
        </div>
      );
  }
}
