"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import dynamic from "next/dynamic";
import { memoryKeys } from "@/lib/query-keys";
import { toastWithUndo } from "@/components/ui/toast";
import { unwrap } from "@/lib/actions/result";
import { attachBlockAction } from "@/lib/memory/actions";
import type { MemoryBlock } from "@/lib/memory/types";
import { compactInputClass } from "@/components/ui/field";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { blockFromDraft, useDraftStore } from "./draft-store";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { Loading } from "@/components/ui/loading";
import { BlockCard } from "./block-card";
import { LazyDetails } from "@/components/ui/lazy-details";

// The cards show at once; a block's editor and history load when a card is opened.
const BlockEditor = dynamic(() => import("@/components/blocks/block-editor").then((mod) => mod.BlockEditor), {
  loading: () => <Loading what="the editor" />,
});
const BlockHistory = dynamic(() => import("./block-history").then((mod) => mod.BlockHistory), {
  loading: () => <Loading what="the history" />,
});
const NewBlockForm = dynamic(() => import("./new-block-form").then((mod) => mod.NewBlockForm), {
  loading: () => <Loading what="the form" className="mt-2" />,
});
const AttachBlockForm = dynamic(() => import("./attach-block-form").then((mod) => mod.AttachBlockForm), {
  loading: () => <Loading what="the form" className="mt-2" />,
});
import { agentBlocksQuery } from "@/lib/memory/queries";
import { useDetachBlock } from "./use-block-attachment";

export function CoreMemory({ agentId, initialBlocks }: { agentId: string; initialBlocks?: MemoryBlock[] }) {
  const queryClient = useQueryClient();
  const blocks = useQuery({ ...agentBlocksQuery(agentId), initialData: initialBlocks });
  const [filter, setFilter] = useState("");

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: memoryKeys.agent(agentId) });
    void queryClient.invalidateQueries({ queryKey: memoryKeys.allBlocks() });
  };
  const fetchLatest = async (blockId: string) => {
    const latest = await queryClient.fetchQuery({ ...agentBlocksQuery(agentId), staleTime: 0 });
    return latest.find((block) => block.id === blockId);
  };

  const detach = useDetachBlock(agentId, refresh);

  const list = blocks.data ?? [];
  const drafts = useDraftStore((state) => state.drafts);
  const present = new Set(list.map((block) => block.id));
  const orphans = blocks.data
    ? Object.entries(drafts).flatMap(([blockId, draft]) =>
        draft.agentId === agentId && !present.has(blockId) ? [blockFromDraft(blockId, draft)] : [],
      )
    : [];
  const needle = filter.trim().toLowerCase();
  const shown = needle ? list.filter((block) => block.label.toLowerCase().includes(needle)) : list;
  return (
    <div className="space-y-3">
      {blocks.error && !blocks.data ? <InlineError error={toErrorBody(blocks.error)} /> : null}
      <InlineError error={detach.error ? toErrorBody(detach.error) : null} />
      {blocks.isPending ? <p className="text-xs text-zinc-500">Loading blocks…</p> : null}
      {blocks.data && list.length === 0 ? (
        <p className="text-xs text-zinc-500">This agent has no memory blocks.</p>
      ) : null}
      {list.length > 0 ? (
        <div className="flex items-center gap-2">
          <input
            type="search"
            aria-label="Filter blocks by label"
            placeholder="Filter by label"
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            className={compactInputClass}
          />
          <span role="status" className="shrink-0 text-[11px] text-zinc-500">
            {shown.length === list.length ? `${list.length} blocks` : `${shown.length} of ${list.length}`}
          </span>
        </div>
      ) : null}
      <ul aria-label="Memory blocks" className="space-y-2">
        {shown.map((block) => (
          <li key={block.id}>
            <BlockCard
              block={block}
              agentId={agentId}
              editor={
                <BlockEditor
                  block={block}
                  agentId={agentId}
                  fetchLatest={() => fetchLatest(block.id)}
                  onSaved={refresh}
                  actions={
                    <ConfirmButton
                      label="Detach"
                      question={`Detach ${block.label} from this agent?`}
                      confirmLabel="Detach block"
                      disabled={detach.isPending}
                      onConfirm={() =>
                        detach.mutate(block.id, {
                          onSuccess: () =>
                            toastWithUndo(
                              `Detached ${block.label}`,
                              () => unwrap(attachBlockAction({ agentId, blockId: block.id })).finally(refresh),
                              `Attached ${block.label} again`,
                            ),
                        })
                      }
                    />
                  }
                />
              }
              details={<BlockHistory agentId={agentId} blockId={block.id} label={block.label} />}
            />
          </li>
        ))}
        {orphans.map((block) => (
          <li key={block.id}>
            <BlockCard
              block={block}
              agentId={agentId}
              editor={
                <BlockEditor
                  block={block}
                  agentId={agentId}
                  gone
                  fetchLatest={() => fetchLatest(block.id)}
                  onSaved={refresh}
                />
              }
            />
          </li>
        ))}
      </ul>
      {list.length > 0 && shown.length === 0 ? (
        <p className="text-xs text-zinc-500">No block label contains &ldquo;{filter.trim()}&rdquo;.</p>
      ) : null}
      <LazyDetails summary="New block">
        <NewBlockForm agentId={agentId} labels={list.map((block) => block.label)} onCreated={refresh} />
      </LazyDetails>
      <LazyDetails summary="Attach an existing block">
        {(open) => <AttachBlockForm open={open} agentId={agentId} attached={list} onAttached={refresh} />}
      </LazyDetails>
    </div>
  );
}
