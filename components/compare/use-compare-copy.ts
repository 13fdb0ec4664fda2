"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { unwrap } from "@/lib/actions/result";
import { copyBlockAction, copySettingAction } from "@/lib/compare/actions";
import type { CompareItem } from "@/lib/compare/diff";
import { canCopySetting, settingLabels, type SettingKey, type SettingValue } from "@/lib/compare/settings";
import type { CompareBlock, CompareSide, CompareTool } from "@/lib/compare/types";
import { DEFAULT_BLOCK_LIMIT } from "@/lib/memory/validation";
import { queryKeys } from "@/lib/query-keys";
import { attachToolAction, detachToolAction } from "@/lib/tools/actions";

export type SideName = "A" | "B";

/** One click's work: what it says (its button's name) and the save it makes on `target`. */
export interface CopyJob {
  title: string;
  target: SideName;
  run: () => Promise<unknown>;
}

export interface Pair {
  A: CompareSide;
  B: CompareSide;
}

const other = (side: SideName): SideName => (side === "A" ? "B" : "A");

/** Runs copies one at a time; afterwards (done or refused) both agents are read again, so the diff is the server's. */
export function useCompareCopy(pair: Pair) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (job: CopyJob) => job.run(),
    onSettled: () =>
      Promise.all(
        [pair.A.agentId, pair.B.agentId].map((id) =>
          queryClient.invalidateQueries({ queryKey: queryKeys.agentCompare(id) }),
        ),
      ),
  });
}

function stateOf(block: CompareBlock) {
  return { value: block.value, limit: block.limit, description: block.description, readOnly: block.readOnly };
}

/** "Copy block human to B", with its save (refused when B's block is no longer what the page shows). */
export function blockCopy(pair: Pair, item: Extract<CompareItem, { kind: "block" }>, from: SideName): CopyJob | null {
  const source = from === "A" ? item.a : item.b;
  const current = from === "A" ? item.b : item.a;
  const to = other(from);
  if (!source) return null;
  return {
    title: `Copy block ${item.blockLabel} to ${to}`,
    target: to,
    run: () =>
      unwrap(
        copyBlockAction({
          agentId: pair[to].agentId,
          label: item.blockLabel,
          block: {
            value: source.value,
            limit: source.limit ?? DEFAULT_BLOCK_LIMIT,
            description: source.description ?? "",
            readOnly: source.readOnly,
          },
          expected: current ? stateOf(current) : null,
        }),
      ),
  };
}

/** "Copy model to B" (or the system prompt), or null when that value cannot be written onto the other agent. */
export function settingCopy(
  pair: Pair,
  key: SettingKey | "system",
  values: { A: SettingValue; B: SettingValue },
  from: SideName,
): CopyJob | null {
  const to = other(from);
  const value = values[from];
  if (key === "agentType") return null;
  if (key !== "system" && !canCopySetting(key, value, pair[to])) return null;
  return {
    title: `Copy ${settingLabels[key]} to ${to}`,
    target: to,
    run: () => unwrap(copySettingAction({ agentId: pair[to].agentId, key, value, expected: values[to] })),
  };
}

export function toolAttach(pair: Pair, tool: CompareTool, to: SideName): CopyJob {
  return {
    title: `Attach ${tool.name} to ${to}`,
    target: to,
    run: () => unwrap(attachToolAction({ agentId: pair[to].agentId, toolId: tool.id })),
  };
}

export function toolDetach(pair: Pair, tool: CompareTool, from: SideName): CopyJob {
  return {
    title: `Detach ${tool.name} from ${from}`,
    target: from,
    run: () => unwrap(detachToolAction({ agentId: pair[from].agentId, toolId: tool.id })),
  };
}
