"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { agentModelStatusQuery } from "@/lib/providers/queries";
import { SwitchModel } from "./switch-model";

/**
 * Says so on the agent page when the server no longer offers the agent's chat or embedding model (its provider
 * was deleted, or stopped listing it), with a one-click switch to another. Renders nothing otherwise.
 */
export function ModelAvailabilityBanner({ agentId, agentName }: { agentId: string; agentName: string }) {
  const { data } = useQuery({ ...agentModelStatusQuery(agentId), refetchInterval: 60_000 });
  if (!data || data.missing.length === 0) return null;
  return (
    <section
      role="alert"
      aria-label="Model no longer offered"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {data.missing.map((missing) => (
        <div key={missing.kind} className="space-y-1">
          <p>
            The server no longer offers this agent&apos;s {missing.kind === "model" ? "model" : "embedding model"}{" "}
            <span className="font-mono text-xs">{missing.handle}</span>
            {missing.provider ? (
              <>
                {" "}
                from provider <span className="font-mono text-xs">{missing.provider}</span>
              </>
            ) : null}
            . {missing.kind === "model" ? "Its replies may fail." : "Archival memory and files may fail."}{" "}
            <Link href="/models" className="underline">
              Models and providers
            </Link>
          </p>
          <SwitchModel
            agentId={agentId}
            agentName={agentName}
            kind={missing.kind}
            options={missing.kind === "model" ? data.models : data.embeddings}
          />
        </div>
      ))}
    </section>
  );
}
