"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import type { SleeptimeSettings } from "@/lib/sleeptime/types";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { FrequencyEditor } from "./frequency-editor";
import { sleeptimeSettingsQuery } from "@/lib/sleeptime/queries";
import { SleeptimeActivityList } from "./sleeptime-activity";
import { SleeptimeAgentCard } from "./sleeptime-agent-card";
import { SleeptimeToggle } from "./sleeptime-toggle";

export function SleeptimeView({
  agentId,
  initialSettings,
  models,
}: {
  agentId: string;
  initialSettings?: SleeptimeSettings;
  models: { handle: string; name: string }[];
}) {
  const settings = useQuery({ ...sleeptimeSettingsQuery(agentId), initialData: initialSettings });
  const data = settings.data;
  return (
    <section aria-label="Sleep-time" className="space-y-3 text-xs">
      {settings.error && !data ? <InlineError error={toErrorBody(settings.error)} /> : null}
      {settings.isPending ? <p className="text-zinc-500">Loading sleep-time settings…</p> : null}
      {data?.worksFor ? <WorksFor worksFor={data.worksFor} /> : null}
      {data && !data.worksFor ? (
        <>
          <SleeptimeToggle agentId={agentId} settings={data} />
          {data.sleeptimeAgent ? (
            <SleeptimeAgentCard agentId={agentId} agent={data.sleeptimeAgent} models={models} />
          ) : null}
          {data.group ? (
            <FrequencyEditor agentId={agentId} groupId={data.group.id} frequency={data.group.frequency} />
          ) : null}
          {data.sleeptimeAgent ? <SleeptimeActivityList agentId={agentId} /> : null}
        </>
      ) : null}
    </section>
  );
}

function WorksFor({ worksFor }: { worksFor: NonNullable<SleeptimeSettings["worksFor"]> }) {
  return (
    <p className="rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-900">
      This is a sleep-time agent (group <span className="break-all font-mono">{worksFor.groupId}</span>). It works in
      the background for{" "}
      {worksFor.mainAgent ? (
        <Link href={`/agents/${worksFor.mainAgent.id}`} className="font-medium underline">
          {worksFor.mainAgent.name ?? worksFor.mainAgent.id}
        </Link>
      ) : (
        "an agent no longer on the server"
      )}
      ; its runs, frequency and on/off switch are on that agent&apos;s Sleep-time panel.
    </p>
  );
}
