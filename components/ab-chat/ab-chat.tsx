"use client";

import Link from "next/link";
import { useCallback, useState } from "react";
import { Composer } from "@/components/chat/composer";
import { useCommand } from "@/components/shortcuts/registry";
import { InlineError } from "@/components/ui/inline-error";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { useMediaQuery } from "@/components/workspace/use-media-query";
import { unwrap } from "@/lib/actions/result";
import {
  addTestMessageAction,
  clearReplayAction,
  pickDatasetAction,
  removeTestCaseAction,
} from "@/lib/ab-chat/actions";
import type { AbAgent, PairTests } from "@/lib/ab-chat/types";
import { toErrorBody, type AppErrorBody } from "@/lib/errors";
import { WIDE_WORKSPACE_QUERY } from "@/lib/workspace/layout";
import { ReplayResults } from "./replay-results";
import { SideColumn } from "./side-column";
import { TestMessages, type TestMessageChange } from "./test-messages";
import { useAbSend } from "./use-ab-send";
import { useReplay } from "./use-replay";
import { Button } from "@/components/ui/button";

interface AbChatProps {
  a: AbAgent;
  b: AbAgent;
  /** The pair's dataset of test messages and latest replay, as the page loaded them. */
  saved: PairTests;
}

/** Two agents side by side with one composer; a dataset's test messages and their latest replay on a second tab. */
export function AbChat({ a, b, saved }: AbChatProps) {
  const wide = useMediaQuery(WIDE_WORKSPACE_QUERY, true);
  const chat = useAbSend(a, b);
  const [draft, setDraft] = useState("");
  const [pair, setPair] = useState(saved);
  const [tab, setTab] = useState("chat");
  const [clearError, setClearError] = useState<AppErrorBody | null>(null);
  const replay = useReplay({
    a: a.id,
    b: b.id,
    sendBoth: chat.sendBoth,
    stopRequested: chat.stopRequested,
    onSaved: setPair,
  });
  const busy = chat.streaming || replay.progress !== null;
  const cases = pair.dataset?.cases.length ?? 0;

  const onSend = async (text: string, role: "user" | "system") => {
    setDraft("");
    const results = await chat.sendBoth({ kind: "message", text, role });
    // A side that could not be sent to keeps the text in the composer, to send again.
    if (results.some((result) => !result.ok)) setDraft((current) => (current === "" ? text : current));
  };

  useCommand({
    id: "abchat.stop",
    title: "Stop both replies",
    group: "Chat",
    keys: "escape",
    inFields: true,
    when: () => busy,
    run: chat.stopBoth,
  });

  const changeMessages = useCallback(
    async (change: TestMessageChange): Promise<AppErrorBody | null> => {
      const ids = { a: a.id, b: b.id };
      try {
        const next = await unwrap(
          change.kind === "add"
            ? addTestMessageAction({ ...ids, text: change.text })
            : change.kind === "remove"
              ? removeTestCaseAction({ ...ids, caseId: change.caseId })
              : pickDatasetAction({ ...ids, datasetId: change.datasetId }),
        );
        setPair(next);
        return null;
      } catch (error) {
        return toErrorBody(error);
      }
    },
    [a.id, b.id],
  );

  const clearReplay = async () => {
    setClearError(null);
    try {
      setPair(await unwrap(clearReplayAction({ a: a.id, b: b.id })));
    } catch (error) {
      setClearError(toErrorBody(error));
    }
  };

  const columns = [
    { side: "A" as const, key: "a" as const, agent: a, turns: chat.turnsA },
    { side: "B" as const, key: "b" as const, agent: b, turns: chat.turnsB },
  ].map(({ side, key, agent, turns }) => {
    const failure = chat.failures[key];
    return (
      <SideColumn
        key={key}
        side={side}
        agent={agent}
        turns={turns}
        failure={failure?.error ?? null}
        onRetry={failure && !busy ? () => void chat.retrySide(key, failure.outgoing) : null}
        followSignal={chat.followSignal}
      />
    );
  });

  return (
    <div data-workspace className="flex h-[calc(100dvh-3rem-1px)] min-h-0 flex-col gap-2 px-4 py-2">
      <div className="flex shrink-0 flex-wrap items-center gap-x-4 gap-y-1">
        <h1 className="text-lg font-semibold">A/B chat</h1>
        <Link
          href={`/compare?a=${encodeURIComponent(a.id)}&b=${encodeURIComponent(b.id)}`}
          className="text-sm text-blue-700 underline underline-offset-2 dark:text-blue-400"
        >
          Differences
        </Link>
        <Link href="/compare" className="text-sm text-blue-700 underline underline-offset-2 dark:text-blue-400">
          Pick two agents
        </Link>
        {replay.progress ? (
          <div className="ml-auto flex items-center gap-2">
            <p role="status" className="text-sm">
              {replay.progress.total === 0
                ? "Starting the replay…"
                : `Replaying test message ${replay.progress.index + 1} of ${replay.progress.total}…`}
            </p>
            <Button variant="secondary" onClick={chat.stopBoth}>
              Stop replay
            </Button>
          </div>
        ) : null}
      </div>
      <Tabs value={tab} onValueChange={setTab} className="flex min-h-0 flex-1 flex-col gap-2">
        <TabsList aria-label="A/B chat views">
          <TabsTrigger value="chat">Chat</TabsTrigger>
          <TabsTrigger value="tests">Test messages ({cases})</TabsTrigger>
        </TabsList>
        <TabsContent
          value="chat"
          className="flex min-h-0 flex-1 flex-col gap-2 data-[state=inactive]:hidden"
          forceMount
        >
          {wide ? (
            <div className="flex min-h-0 flex-1 gap-4">{columns}</div>
          ) : (
            <Tabs defaultValue="a" className="flex min-h-0 flex-1 flex-col gap-2">
              <TabsList aria-label="Agents">
                <TabsTrigger value="a">A: {a.name}</TabsTrigger>
                <TabsTrigger value="b">B: {b.name}</TabsTrigger>
              </TabsList>
              <TabsContent value="a" className="flex min-h-0 flex-1 flex-col">
                {columns[0]}
              </TabsContent>
              <TabsContent value="b" className="flex min-h-0 flex-1 flex-col">
                {columns[1]}
              </TabsContent>
            </Tabs>
          )}
          <div className="shrink-0">
            <Composer
              draft={draft}
              onDraftChange={setDraft}
              onSend={(text, role) => void onSend(text, role)}
              onStop={chat.stopBoth}
              streaming={busy}
              placeholder="Message both agents (Enter sends, Shift+Enter adds a line)"
            />
          </div>
        </TabsContent>
        <TabsContent value="tests" className="min-h-0 flex-1 space-y-6 overflow-y-auto pb-6">
          <TestMessages dataset={pair.dataset} onChange={changeMessages} disabled={replay.progress !== null} />
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="primary" onClick={() => void replay.run()} disabled={busy || cases === 0}>
              Replay test messages
            </Button>
            {pair.replay && !busy ? (
              <Button variant="secondary" onClick={() => void clearReplay()}>
                Clear the latest replay
              </Button>
            ) : null}
          </div>
          <InlineError error={replay.error ?? clearError} />
          {pair.replay ? (
            <ReplayResults replay={pair.replay} a={a} b={b} runningIndex={replay.progress?.index ?? null} />
          ) : (
            <p className="text-sm text-zinc-600 dark:text-zinc-400">No replay yet.</p>
          )}
        </TabsContent>
      </Tabs>
    </div>
  );
}
