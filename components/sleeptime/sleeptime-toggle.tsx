"use client";

import type { SleeptimeSettings } from "@/lib/sleeptime/types";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { setSleeptimeEnabledAction } from "@/lib/sleeptime/actions";
import { useSettingsMutation } from "./use-settings-mutation";

/** Sleep-time on or off, with what each does on the server. */
export function SleeptimeToggle({ agentId, settings }: { agentId: string; settings: SleeptimeSettings }) {
  const toggle = useSettingsMutation<{ enabled: boolean }>(agentId, setSleeptimeEnabledAction);
  const hasAgent = settings.sleeptimeAgent !== null;
  return (
    <div className="space-y-2 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          role="switch"
          aria-checked={settings.enabled}
          checked={settings.enabled}
          disabled={toggle.isPending}
          onChange={(event) => toggle.mutate({ enabled: event.target.checked })}
        />
        Sleep-time agent
        <span className="text-xs font-normal text-zinc-500">
          {toggle.isPending ? "Saving…" : settings.enabled ? "On" : "Off"}
        </span>
      </label>
      <p className="text-zinc-600 dark:text-zinc-400">
        {settings.enabled
          ? "After the agent's turns (every N-th, see below), a background agent reviews the conversation and edits the memory blocks both agents share. Switching off stops those runs; the sleep-time agent, its group and its history stay on the server, and switching on again reuses them."
          : hasAgent
            ? "Off: the agent's turns no longer start the sleep-time agent. It and its group are kept, unchanged; switching on uses them again."
            : "Switching on makes Letta create a sleep-time agent (named after this one, same model) that shares this agent's memory blocks, and a group that runs it after the first turn and then every 5 turns. The main agent's tools are not changed."}
      </p>
      <InlineError error={toggle.error ? toErrorBody(toggle.error) : null} />
    </div>
  );
}
