"use client";

import Link from "next/link";
import type { AgentModelStatus } from "@/lib/providers/types";
import { SwitchModel } from "./switch-model";

/** The banner's text and switches, one per model the server no longer offers. */
export function MissingModelNotice({
  agentId,
  agentName,
  status,
}: {
  agentId: string;
  agentName: string;
  status: AgentModelStatus;
}) {
  return (
    <section
      role="alert"
      aria-label="Model no longer offered"
      className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {status.missing.map((missing) => (
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
            options={missing.kind === "model" ? status.models : status.embeddings}
          />
        </div>
      ))}
    </section>
  );
}
