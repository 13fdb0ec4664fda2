"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { ErrorPanel } from "@/components/error-panel";
import { toast } from "@/components/ui/toast";
import { agentNameProblem } from "@/lib/agent-files/agent-name";
import { MAX_AGENT_FILE_BYTES, tooLargeMessage } from "@/lib/agent-files/limits";
import {
  embeddingEndpointProblems,
  replacementEmbedding,
  type EndpointProblem,
} from "@/lib/agent-files/embedding-endpoints";
import type { EmbeddingEndpoint } from "@/lib/agent-files/import-state";
import { chooseOverride, type OverrideChoice } from "@/lib/agent-files/override-choice";
import { parseAgentFile, type AgentFileSummary as Summary } from "@/lib/agent-files/parse";
import { sleeptimeGroups } from "@/lib/agent-files/prepare";
import type { AgentFile } from "@/lib/agent-files/schema";
import { AgentFileSummary } from "./agent-file-summary";
import { AgentNameInput } from "./agent-name-input";
import { toErrorBody } from "@/lib/errors";
import { FileDropZone } from "./file-drop-zone";
import { HandleSelect } from "./handle-select";
import { EndpointWarning } from "./endpoint-warning";
import { ImportReport } from "./import-report";
import { ImportedAgents } from "./imported-agents";
import { uploadAgentFile, type ImportRequest } from "./upload-agent-file";
import { queryKeys } from "@/lib/query-keys";
import { Button } from "@/components/ui/button";

interface PickedFile {
  file: File;
  parsed: AgentFile;
  endpointProblems: EndpointProblem[];
  hasSleeptimeGroup: boolean;
  summary: Summary;
  decodedTwice: boolean;
  modelChoice: OverrideChoice;
  embeddingChoice: OverrideChoice;
}

function uniqueHandles(handles: Array<string | null>): string[] {
  return [...new Set(handles.filter((handle): handle is string => handle !== null))];
}

export function ImportAgentFileForm({ models, embeddings }: { models: string[]; embeddings: EmbeddingEndpoint[] }) {
  const embeddingHandles = embeddings.map((embedding) => embedding.handle);
  const queryClient = useQueryClient();
  const [picked, setPicked] = useState<PickedFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [model, setModel] = useState("");
  const [embedding, setEmbedding] = useState("");
  const [stripMessages, setStripMessages] = useState(false);
  const [overwriteTools, setOverwriteTools] = useState(false);
  const [enableSleeptime, setEnableSleeptime] = useState(true);
  const [progress, setProgress] = useState(0);

  const cancel = useRef<AbortController | null>(null);
  const upload = useMutation({
    mutationFn: (request: ImportRequest) => {
      const controller = new AbortController();
      cancel.current = controller;
      return uploadAgentFile(request, setProgress, controller.signal);
    },
    onSuccess: (result) => {
      toast.success(`Imported ${result.agents.length === 1 ? "1 agent" : `${result.agents.length} agents`}`);
      void queryClient.invalidateQueries({ queryKey: queryKeys.agents() });
    },
  });

  const onFile = async (file: File) => {
    upload.reset();
    setPicked(null);
    setFileError(null);
    if (file.size > MAX_AGENT_FILE_BYTES) return setFileError(tooLargeMessage(file.size));
    const parsed = parseAgentFile(await file.text());
    if (!parsed.ok) return setFileError(parsed.error);
    const modelChoice = chooseOverride(
      parsed.summary.agents.map((agent) => agent.model),
      models,
    );
    const endpointProblems = embeddingEndpointProblems(parsed.file, embeddings);
    const handleChoice = chooseOverride(
      parsed.summary.agents.map((agent) => agent.embedding),
      embeddingHandles,
    );
    // A file whose endpoint the server does not offer is embedded with the server's config for a handle.
    const replacement = endpointProblems.length > 0 ? replacementEmbedding(endpointProblems, embeddingHandles) : null;
    const embeddingChoice: OverrideChoice = replacement
      ? { value: handleChoice.missing.length > 0 ? handleChoice.value : replacement, missing: handleChoice.missing }
      : handleChoice;
    setPicked({
      file,
      parsed: parsed.file,
      endpointProblems: replacement ? endpointProblems : [],
      hasSleeptimeGroup: sleeptimeGroups(parsed.file).length > 0,
      summary: parsed.summary,
      decodedTwice: parsed.decodedTwice,
      modelChoice,
      embeddingChoice,
    });
    setEnableSleeptime(true);
    setName(parsed.summary.agents[0]?.name ?? "");
    setModel(modelChoice.value);
    setEmbedding(embeddingChoice.value);
  };

  const nameProblem = agentNameProblem(name);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!picked || upload.isPending || nameProblem) return;
    setProgress(0);
    const sleeptime = picked.hasSleeptimeGroup && enableSleeptime;
    upload.mutate({
      file: picked.file,
      name,
      model,
      embedding,
      stripMessages,
      overwriteTools,
      enableSleeptime: sleeptime,
    });
  };

  return (
    <div className="space-y-3">
      <FileDropZone onFile={(file) => void onFile(file)} disabled={upload.isPending} />
      {fileError ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200"
        >
          <p className="font-semibold">This file cannot be imported</p>
          <p className="mt-1">{fileError}</p>
          <p className="mt-1 text-red-700 dark:text-red-300">Nothing was imported.</p>
        </div>
      ) : null}
      {picked ? (
        <form onSubmit={onSubmit} aria-label="Import options" className="space-y-3">
          <AgentFileSummary
            fileName={picked.file.name}
            size={picked.file.size}
            summary={picked.summary}
            decodedTwice={picked.decodedTwice}
          />
          <AgentNameInput label="Agent name" value={name} onChange={setName} problem={nameProblem} />
          <HandleSelect
            label="Model"
            options={models}
            choice={picked.modelChoice}
            value={model}
            onChange={setModel}
            fileHandles={uniqueHandles(picked.summary.agents.map((agent) => agent.model))}
          />
          <HandleSelect
            label="Embedding"
            options={embeddingHandles}
            choice={picked.embeddingChoice}
            canKeep={picked.endpointProblems.length === 0}
            value={embedding}
            onChange={setEmbedding}
            fileHandles={uniqueHandles(picked.summary.agents.map((agent) => agent.embedding))}
          />
          <EndpointWarning problems={picked.endpointProblems} />
          {picked.hasSleeptimeGroup ? (
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={enableSleeptime}
                onChange={(event) => setEnableSleeptime(event.target.checked)}
              />
              Switch sleep-time on (the file has a sleep-time agent; Letta exports it switched off)
            </label>
          ) : null}
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={stripMessages}
              onChange={(event) => setStripMessages(event.target.checked)}
            />
            Leave out messages
          </label>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={overwriteTools}
              onChange={(event) => setOverwriteTools(event.target.checked)}
            />
            Replace this server&apos;s tools of the same name with the file&apos;s code
          </label>
          <div className="flex items-center gap-3">
            <Button variant="primary" type="submit" disabled={upload.isPending || nameProblem !== null}>
              {upload.isPending ? "Importing…" : "Import"}
            </Button>
            {upload.isPending ? (
              <>
                <progress aria-label="Upload progress" value={progress} max={1} className="w-48" />
                <span className="text-sm text-zinc-600 dark:text-zinc-400">
                  {progress < 1
                    ? `Uploading… ${Math.round(progress * 100)}%`
                    : "Uploaded; the Letta server is importing…"}
                </span>
                <Button variant="secondary" onClick={() => cancel.current?.abort()}>
                  Cancel import
                </Button>
              </>
            ) : null}
          </div>
        </form>
      ) : null}
      {upload.error && toErrorBody(upload.error).code === "aborted" ? (
        <p role="status" className="text-sm text-zinc-700 dark:text-zinc-300">
          {toErrorBody(upload.error).message} {toErrorBody(upload.error).hint}
        </p>
      ) : upload.error ? (
        <ErrorPanel title="The import failed" error={toErrorBody(upload.error)} />
      ) : null}
      {upload.data ? <ImportedAgents agents={upload.data.agents} verb="Imported" /> : null}
      {upload.data && upload.variables && picked ? (
        <ImportReport file={picked.parsed} request={upload.variables} result={upload.data} embeddings={embeddings} />
      ) : null}
    </div>
  );
}
