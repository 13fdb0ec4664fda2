"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { unwrap } from "@/lib/actions/result";
import { updateAgentAction } from "@/lib/agents/actions";
import type { UpdateAgentInput } from "@/lib/agents/create-schema";
import { queryKeys } from "@/lib/query-keys";

interface Details {
  id: string;
  name: string;
  description: string | null;
  tags: string[];
}

/**
 * Saves an agent's name, description and tags with the shown details changed at once (optimistic); on a
 * refusal the previous details come back and the mutation's error carries the server's reason.
 */
export function useSaveAgentDetails(agent: Details, on: { onStart: () => void; onRefused: () => void }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [shown, setShown] = useState(agent);
  const save = useMutation({
    mutationFn: async (input: UpdateAgentInput) => unwrap(updateAgentAction({ agentId: agent.id, ...input })),
    onMutate: (input) => {
      const previous = shown;
      setShown({
        ...previous,
        name: input.name ?? previous.name,
        description: input.description ?? previous.description,
        tags: input.tags ?? previous.tags,
      });
      on.onStart();
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context) setShown(context.previous);
      on.onRefused();
    },
    onSuccess: (saved, input) => {
      setShown({
        id: agent.id,
        name: saved.name,
        description: input.description ?? agent.description,
        tags: saved.tags,
      });
      queryClient.removeQueries({ queryKey: queryKeys.agentList() });
      void queryClient.invalidateQueries({ queryKey: queryKeys.agent(agent.id) });
      router.refresh();
    },
  });
  return { shown, save };
}
