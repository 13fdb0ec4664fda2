"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/fetch-json";
import { queryKeys } from "@/lib/query-keys";
import type { SleeptimeSettings } from "@/lib/sleeptime/types";
import { sleeptimeKeys } from "./queries";

/** A PATCH that answers the new sleep-time settings; the answer replaces the cached settings. */
export function useSettingsMutation<Input>(agentId: string, url: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) =>
      fetchJson<SleeptimeSettings>(url, {
        method: "PATCH",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(input),
      }),
    onSuccess: (settings) => {
      queryClient.setQueryData(sleeptimeKeys.settings(agentId), settings);
      void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) });
    },
  });
}
