"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { unwrap, type ActionResult } from "@/lib/actions/result";
import { queryKeys, sleeptimeKeys } from "@/lib/query-keys";
import type { SleeptimeSettings } from "@/lib/sleeptime/types";

/** A sleep-time action that answers the new settings; the answer replaces the cached settings. */
export function useSettingsMutation<Input>(
  agentId: string,
  action: (input: Input & { agentId: string }) => Promise<ActionResult<SleeptimeSettings>>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: Input) => unwrap(action({ ...input, agentId })),
    onSuccess: (settings) => {
      queryClient.setQueryData(sleeptimeKeys.settings(agentId), settings);
      void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
    },
  });
}
