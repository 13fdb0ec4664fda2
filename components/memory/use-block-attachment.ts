"use client";

import { useOptimisticAction } from "@/lib/actions/use-optimistic-action";
import { attachBlockAction, detachBlockAction } from "@/lib/memory/actions";
import type { MemoryBlock } from "@/lib/memory/types";
import { memoryKeys } from "@/lib/query-keys";

/** Detaching a block takes it off the list at once; a refusal brings it back (the error says why). */
export function useDetachBlock(agentId: string, onSuccess: () => void) {
  return useOptimisticAction({
    queryKey: memoryKeys.blocks(agentId),
    action: (blockId: string) => detachBlockAction({ agentId, blockId }),
    apply: (blocks: MemoryBlock[], blockId) => blocks.filter((block) => block.id !== blockId),
    onSuccess,
  });
}

/** Attaching a library block lists it at once; a refusal takes it away again. */
export function useAttachBlock(agentId: string, onSuccess: () => void) {
  return useOptimisticAction({
    queryKey: memoryKeys.blocks(agentId),
    action: (block: MemoryBlock) => attachBlockAction({ agentId, blockId: block.id }),
    apply: (blocks: MemoryBlock[], block) =>
      blocks.some((shown) => shown.id === block.id) ? blocks : [...blocks, block],
    onSuccess,
  });
}
