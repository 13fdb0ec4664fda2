"use client";

import { LibraryAttachForm } from "@/components/ui/library-attach-form";
import { libraryQuery } from "@/lib/memory/queries";
import type { MemoryBlock } from "@/lib/memory/types";
import { useAttachBlock } from "./use-block-attachment";

/** Attaches a block that already exists on the server (from the blocks library). */
export function AttachBlockForm({
  open,
  agentId,
  attached,
  onAttached,
}: {
  open: boolean;
  agentId: string;
  attached: MemoryBlock[];
  onAttached: () => void;
}) {
  const attach = useAttachBlock(agentId, onAttached);
  return (
    <LibraryAttachForm
      open={open}
      title="Attach an existing block"
      findLabel="Find a block"
      placeholder="Label or text in the value"
      pickLabel="Block"
      chooseText="Choose a block"
      noneText="No other blocks on the server"
      library={(search) => ({ ...libraryQuery(search), refetchInterval: false })}
      attached={attached}
      optionText={(block) => `${block.label} — ${block.value.slice(0, 40)} (${block.agents.length} agents)`}
      onAttach={(block, done) => attach.mutate(block, { onSuccess: done })}
      attaching={attach.isPending}
      attachError={attach.error}
    />
  );
}
