"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useDemoLock } from "@/components/access/access-context";
import { InlineError } from "@/components/ui/inline-error";
import { unwrap } from "@/lib/actions/result";
import { toErrorBody } from "@/lib/errors";
import { switchAgentModelAction } from "@/lib/providers/actions";
import { queryKeys } from "@/lib/query-keys";
import { inputClass } from "./styles";
import { Button } from "@/components/ui/button";

interface SwitchModelProps {
  agentId: string;
  agentName: string;
  kind: "model" | "embedding";
  options: Array<{ handle: string; provider: string }>;
}

/** One click to put an agent on another chat or embedding model the server offers. */
export function SwitchModel({ agentId, agentName, kind, options }: SwitchModelProps) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const demo = useDemoLock();
  const [handle, setHandle] = useState(options[0]?.handle ?? "");
  const what = kind === "model" ? "model" : "embedding model";
  const mutation = useMutation({
    mutationFn: async () => await unwrap(switchAgentModelAction({ agentId, kind, handle })),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.agent(agentId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.modelsOverview() }),
      ]);
      router.refresh();
    },
  });
  if (options.length === 0) return <p className="text-xs">The server offers no other {what} to switch to.</p>;
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="text-xs">
          New {what} for {agentName}
        </label>
        <select
          id={id}
          value={handle}
          onChange={(event) => setHandle(event.target.value)}
          className={`${inputClass} w-auto max-w-xs`}
        >
          {options.map((option) => (
            <option key={`${option.provider} ${option.handle}`} value={option.handle}>
              {option.handle} ({option.provider})
            </option>
          ))}
        </select>
        <Button
          variant="secondary"
          size="sm"
          disabled={mutation.isPending || !handle}
          onClick={() => mutation.mutate()}
          {...demo.props}
        >
          {mutation.isPending ? "Switching…" : `Switch ${agentName} to this ${what}`}
        </Button>
      </div>
      <InlineError error={mutation.error ? toErrorBody(mutation.error) : null} />
    </div>
  );
}
