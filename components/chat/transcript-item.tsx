import type { ReactNode } from "react";
import type { TranscriptItem } from "@/lib/chat/transcript";
import { longText, messageFrame, SystemMessage } from "./intro-rows";
import { Markdown } from "./markdown";
import type { ForkTarget } from "./use-fork";
import { Button } from "@/components/ui/button";

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
}

/** Named by its visible text, then the message it forks from (so each one's name is its own). */
function ForkButton({ messageId, text, onFork }: ForkButtonProps) {
  // The message's words without markdown's marks (link text stays, addresses and emphasis marks go).
  const line = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>|~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const snippet = line.length > snippetLength ? `${line.slice(0, snippetLength)}…` : line;
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-label={`Fork from here: ${snippet}`}
      disabled={!onFork}
      onClick={() => onFork?.({ messageId, text })}
    >
      Fork from here
    </Button>
  );
}

/**
 * A message with its actions below it (not inside it, so the message's text stays only the message). The
 * actions show while the pointer is over the message or the focus is in them, and always on touch screens;
 * hidden, they keep their place and stay in the tab order.
 */
function WithActions({
  children,
  actions,
  align,
}: {
  children: ReactNode;
  actions: ReactNode;
  align: "start" | "end";
}) {
  return (
    <div className="group/message flex flex-col">
      {children}
      <div
        className={`${align === "end" ? "-mr-2 self-end" : "-ml-2 self-start"} flex items-center gap-1 opacity-0 transition-opacity motion-reduce:transition-none group-hover/message:opacity-100 focus-within:opacity-100 pointer-coarse:opacity-100`}
      >
        {actions}
      </div>
    </div>
  );
}

/** A message the server holds can be forked from; one still streaming (no id yet) cannot. */
function withFork(
  messageId: string | undefined,
  text: string,
  onFork: ((target: ForkTarget) => void) | undefined,
  align: "start" | "end",
  message: ReactNode,
) {
  if (!messageId) return message;
  return (
    <WithActions align={align} actions={<ForkButton messageId={messageId} text={text} onFork={onFork} />}>
      {message}
    </WithActions>
  );
}

/**
 * One message of the transcript. Agent and tool output is text or sanitized markdown, never raw HTML.
 * Messages the server holds can start a fork (`onFork`; absent while a turn streams, which disables it).
 */
export function TranscriptItemView({ item, onFork }: { item: TranscriptItem; onFork?: (target: ForkTarget) => void }) {
  switch (item.kind) {
    case "user":
      return withFork(
        item.messageId,
        item.text,
        onFork,
        "end",
        <article
          aria-label="Your message"
          className={`${messageFrame} ml-auto max-w-[85%] border-blue-200 bg-blue-50 dark:border-blue-900 dark:bg-blue-950`}
        >
          <p className="whitespace-pre-wrap break-words">{item.text}</p>
        </article>,
      );
    case "system":
      return <SystemMessage text={item.text} />;
    case "event":
      return (
        <p role="note" aria-label="Event" className="text-center text-xs text-zinc-500">
          {item.text}
        </p>
      );
    case "assistant":
      return withFork(
        item.messageId,
        item.text,
        onFork,
        "start",
        <article
          aria-label="Agent reply"
          className={`${messageFrame} max-w-[85%] border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900`}
        >
          <Markdown text={item.text} />
        </article>,
      );
    case "reasoning":
      return (
        <details
          open
          aria-label="Reasoning"
          className={`${messageFrame} border-violet-200 bg-violet-50 text-violet-900 dark:border-violet-900 dark:bg-violet-950 dark:text-violet-100`}
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
          className={`${messageFrame} border-amber-200 bg-amber-50 dark:border-amber-900 dark:bg-amber-950`}
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
          className={`${messageFrame} ${item.status === "error" ? "border-red-300 bg-red-50 dark:border-red-900 dark:bg-red-950" : "border-emerald-200 bg-emerald-50 dark:border-emerald-900 dark:bg-emerald-950"}`}
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
          className={`${messageFrame} border-red-300 bg-red-50 text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200`}
        >
          <p className="font-medium">{item.error.message}</p>
          <p className="text-xs">{item.error.hint}</p>
        </div>
      );
  }
}
