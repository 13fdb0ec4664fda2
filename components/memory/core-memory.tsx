"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { BlockEditor, blockFromDraft } from "@/components/blocks/block-editor";
import { toastWithUndo } from "@/components/ui/toast";
import { fetchJson } from "@/lib/fetch-json";
import { memoryKeys } from "@/lib/memory/query-keys";
import type { MemoryBlock } from "@/lib/memory/types";
import { ConfirmButton } from "./confirm-button";
import { useDraftStore } from "./draft-store";
import { InlineError, toErrorBody } from "./inline-error";
import { AttachBlockForm } from "./attach-block-form";
import { BlockHistory } from "./block-history";
import { NewBlockForm } from "./new-block-form";
import { agentBlocksQuery } from "./queries";

export function CoreMemory({ agentId, initialBlocks }: { agentId: string; initialBlocks?: MemoryBlock[] }) {
  const queryClient = useQueryClient();
  const blocks = useQuery({ ...agentBlocksQuery(agentId), initialData: initialBlocks });
  const [detachError, setDetachError] = useState<ReturnType<typeof toErrorBody> | null>(null);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: memoryKeys.agent(agentId) });
    void queryClient.invalidateQueries({ queryKey: memoryKeys.allBlocks() });
  };
  const fetchLatest = async (blockId: string) => {
    const latest = await queryClient.fetchQuery({ ...agentBlocksQuery(agentId), staleTime: 0 });
    return latest.find((block) => block.id === blockId);
  };

  const detach = useMutation({
    mutationFn: (blockId: string) => fetchJson<void>(`/api/agents/${agentId}/blocks/${blockId}`, { method: "DELETE" }),
    onMutate: () => setDetachError(null),
    onError: (error) => setDetachError(toErrorBody(error)),
    onSuccess: (_, blockId) => {
      refresh();
      const label = blocks.data?.find((block) => block.id === blockId)?.label ?? "block";
      const reattach = () =>
        fetchJson<void>(`/api/agents/${agentId}/blocks`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ blockId }),
        }).finally(refresh);
      toastWithUndo(`Detached ${label}`, reattach, `Attached ${label} again`);
    },
  });

  const list = blocks.data ?? [];
  const drafts = useDraftStore((state) => state.drafts);
  const present = new Set(list.map((block) => block.id));
  const orphans = blocks.data
    ? Object.entries(drafts).flatMap(([blockId, draft]) =>
        draft.agentId === agentId && !present.has(blockId) ? [blockFromDraft(blockId, draft)] : [],
      )
    : [];
  return (
    <div className="space-y-3">
      {blocks.error && !blocks.data ? <InlineError error={toErrorBody(blocks.error)} /> : null}
      <InlineError error={detachError} />
      {blocks.isPending ? <p className="text-xs text-zinc-500">Loading blocks…</p> : null}
      {blocks.data && list.length === 0 ? (
        <p className="text-xs text-zinc-500">This agent has no memory blocks.</p>
      ) : null}
      {list.map((block) => (
        <div key={block.id} className="space-y-1">
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
                onConfirm={() => detach.mutate(block.id)}
              />
            }
          />
          <BlockHistory agentId={agentId} blockId={block.id} label={block.label} />
        </div>
      ))}
      {orphans.map((block) => (
        <BlockEditor
          key={block.id}
          block={block}
          agentId={agentId}
          gone
          fetchLatest={() => fetchLatest(block.id)}
          onSaved={refresh}
        />
      ))}
      <NewBlockForm agentId={agentId} labels={list.map((block) => block.label)} onCreated={refresh} />
      <AttachBlockForm agentId={agentId} attached={list} onAttached={refresh} />
    </div>
  );
}
