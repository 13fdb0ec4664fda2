"use client";

import { create } from "zustand";
import { createJSONStorage, persist } from "zustand/middleware";
import type { MemoryBlock } from "@/lib/memory/types";
import type { BlockFields } from "@/lib/memory/validation";

/** An unsaved edit of one block, kept in the browser until saved or discarded. */
export interface BlockDraft extends BlockFields {
  /** The server's value when the edit started; a save over a different server value is a conflict. */
  baseValue: string;
  /** The block's label and the agent page the edit started on, to keep showing the draft if the block disappears from it. */
  label: string;
  agentId?: string;
}

interface DraftState {
  drafts: Record<string, BlockDraft>;
  setDraft: (blockId: string, draft: BlockDraft) => void;
  clearDraft: (blockId: string) => void;
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      drafts: {},
      setDraft: (blockId, draft) => set((state) => ({ drafts: { ...state.drafts, [blockId]: draft } })),
      clearDraft: (blockId) =>
        set((state) => {
          const drafts = { ...state.drafts };
          delete drafts[blockId];
          return { drafts };
        }),
    }),
    {
      name: "letta-ade.block-drafts",
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Rehydrated in an effect (useDraftsHydrated) so the server-rendered HTML and the first client render agree.
      skipHydration: true,
    },
  ),
);

/** A stand-in block for a draft whose block has disappeared from the server's answer. */
export function blockFromDraft(blockId: string, draft: BlockDraft): MemoryBlock {
  return {
    id: blockId,
    label: draft.label,
    value: draft.baseValue,
    limit: draft.limit,
    description: draft.description,
    readOnly: draft.readOnly,
    agents: [],
  };
}
