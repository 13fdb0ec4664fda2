"use client";

import { useUnsavedCount } from "./draft-store";

/** The Settings tab's label, with a marker while the agent has unsaved settings. */
export function SettingsTabLabel({ agentId }: { agentId: string }) {
  const unsaved = useUnsavedCount(agentId);
  return (
    <span className="inline-flex items-center gap-1">
      Settings
      {unsaved > 0 ? (
        <>
          <span aria-hidden="true" className="inline-block h-2 w-2 rounded-full bg-amber-500" />
          <span className="sr-only">(unsaved changes)</span>
        </>
      ) : null}
    </span>
  );
}
