"use client";

import { useQuery } from "@tanstack/react-query";
import type { SleeptimeSettings } from "@/lib/sleeptime/types";
import { InlineError, toErrorBody } from "@/components/memory/inline-error";
import { FrequencyEditor } from "./frequency-editor";
import { sleeptimeSettingsQuery } from "./queries";
import { SleeptimeActivityList } from "./sleeptime-activity";
import { SleeptimeAgentCard } from "./sleeptime-agent-card";
import { SleeptimeToggle } from "./sleeptime-toggle";

export function SleeptimeView({ agentId, initialSettings, models }: { agentId: string; initialSettings?: SleeptimeSettings; models: { handle: string; name: string }[] }) {
  const settings = useQuery({ ...sleeptimeSettingsQuery(agentId), initialData: initialSettings });
  const data = settings.data;
  return (
    <section aria-label="Sleep-time" className="space-y-3 text-xs">
      {settings.error && !data ? <InlineError error={toErrorBody(settings.error)} /> : null}
      {settings.isPending ? <p className="text-zinc-500">Loading sleep-time settings…</p> : null}
      {data ? (
        <>
          <SleeptimeToggle agentId={agentId} settings={data} />
          {data.sleeptimeAgent ? <SleeptimeAgentCard agentId={agentId} agent={data.sleeptimeAgent} models={models} /> : null}
          {data.group ? <FrequencyEditor agentId={agentId} groupId={data.group.id} frequency={data.group.frequency} /> : null}
          {data.sleeptimeAgent ? <SleeptimeActivityList agentId={agentId} /> : null}
        </>
      ) : null}
    </section>
  );
}
