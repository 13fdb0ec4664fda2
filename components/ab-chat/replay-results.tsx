import { TranscriptItemView } from "@/components/chat/transcript-item";
import { partItems } from "@/lib/ab-chat/reply";
import type { AbAgent, Replay, SideReply } from "@/lib/ab-chat/types";
import { TurnFooter } from "./turn-footer";

interface ReplayResultsProps {
  replay: Replay;
  a: AbAgent;
  b: AbAgent;
  /** The message being replayed now, if a replay is running. */
  runningIndex: number | null;
}

/** The latest replay, message by message (a case's turns in order), with A's and B's replies next to each other. */
export function ReplayResults({ replay, a, b, runningIndex }: ReplayResultsProps) {
  const repliesOf = (agent: AbAgent) => replay.replies[agent.id] ?? [];
  return (
    <section aria-labelledby="latest-replay" className="space-y-3">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h2 id="latest-replay" className="text-base font-semibold">
          Latest replay
        </h2>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {replay.datasetName ? `${replay.datasetName} · ` : null}Started{" "}
          {new Date(replay.startedAt).toLocaleString("en")}
          {replay.finishedAt
            ? replay.stopped
              ? " · stopped before the end"
              : " · every message answered"
            : " · running, or interrupted"}
        </p>
      </div>
      <ol className="space-y-4">
        {replay.messages.map((message, index) => (
          <li key={message.id} aria-label={`Replayed message ${index + 1}`} className="space-y-2">
            <p className="whitespace-pre-wrap break-words rounded border border-blue-200 bg-blue-50 px-3 py-2 text-sm dark:border-blue-900 dark:bg-blue-950">
              <span className="font-medium">{index + 1}. </span>
              {message.turns && message.turns > 1 ? (
                <span className="text-xs text-zinc-600 dark:text-zinc-400">
                  {message.caseId}, turn {message.turn} of {message.turns}:{" "}
                </span>
              ) : null}
              {message.text}
            </p>
            <div className="grid gap-3 lg:grid-cols-2">
              <ReplyCell
                side="A"
                agent={a}
                index={index}
                reply={repliesOf(a)[index] ?? null}
                running={runningIndex === index}
              />
              <ReplyCell
                side="B"
                agent={b}
                index={index}
                reply={repliesOf(b)[index] ?? null}
                running={runningIndex === index}
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReplyCell({
  side,
  agent,
  index,
  reply,
  running,
}: {
  side: "A" | "B";
  agent: AbAgent;
  index: number;
  reply: SideReply | null;
  running: boolean;
}) {
  return (
    <section
      aria-label={`${side}'s reply to message ${index + 1}`}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-200 p-2 dark:border-zinc-800"
    >
      <p className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {side}: {agent.name}
      </p>
      {reply ? (
        <>
          {partItems(reply.parts, `replay-${side}-${index}`).map((item) => (
            <div key={item.key} className="flex flex-col">
              <TranscriptItemView item={item} />
            </div>
          ))}
          <TurnFooter
            status={reply.status}
            stopReason={reply.stopReason}
            usage={reply.usage}
            durationMs={reply.durationMs}
            runIds={reply.runIds}
          />
        </>
      ) : (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {running ? "Waiting for the reply…" : "No reply kept."}
        </p>
      )}
    </section>
  );
}
