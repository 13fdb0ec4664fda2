"use client";

import { useEffect, useId, useState } from "react";
import type { EmbeddingEndpoint } from "@/lib/agent-files/import-state";
import type { AppErrorBody } from "@/lib/errors";
import { ErrorPanel } from "@/components/error-panel";
import { ImportAgentFileForm } from "./import-agent-file-form";
import { Button } from "@/components/ui/button";

interface ImportAgentFilePanelProps {
  models: string[];
  embeddings: EmbeddingEndpoint[];
  modelsError?: AppErrorBody;
}

export function ImportAgentFilePanel({ models, embeddings, modelsError }: ImportAgentFilePanelProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  // `/agents#import` (the command palette's "Import agent file") opens the panel.
  useEffect(() => {
    const follow = () => {
      if (window.location.hash === "#import") setOpen(true);
    };
    follow();
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return (
    <section aria-label="Import agent file" className="space-y-3">
      <Button
        variant="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        Import agent file
      </Button>
      {open ? (
        <div
          id={panelId}
          className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
        >
          {modelsError ? <ErrorPanel title="Could not load the server's models" error={modelsError} /> : null}
          <ImportAgentFileForm models={models} embeddings={embeddings} />
        </div>
      ) : null}
    </section>
  );
}
