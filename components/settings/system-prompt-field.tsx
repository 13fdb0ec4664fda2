"use client";

import { useQuery } from "@tanstack/react-query";
import { CodeEditor } from "@/components/code-editor";
import { contextQuery } from "@/lib/memory/queries";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { compiledPromptQuery } from "@/lib/settings/queries";
import { SettingField } from "./setting-field";
import { Button } from "@/components/ui/button";
import { useSeen } from "@/components/ui/use-seen";

interface SystemPromptFieldProps {
  agentId: string;
  value: string;
  dirty: boolean;
  error?: string;
  onChange: (value: string) => void;
}

/**
 * The system prompt in the code editor, its size, and the compiled prompt the model receives (memory filled in).
 * Its token count and the compiled prompt are read once the field comes into view (it sits below the fold of the
 * settings panel): opening the agent page does not ask Letta for them.
 */
export function SystemPromptField({ agentId, value, dirty, error, onChange }: SystemPromptFieldProps) {
  const { ref, seen } = useSeen<HTMLDivElement>();
  const context = useQuery({ ...contextQuery(agentId), enabled: seen });
  const systemTokens = context.data?.sections.find((section) => section.key === "system")?.tokens;
  return (
    <div ref={ref} className="space-y-3">
      <SettingField
        label="System prompt"
        field="system"
        dirty={dirty}
        error={error}
        labelled={false}
        hint={
          <span aria-label="System prompt size">
            {value.length.toLocaleString("en")} characters
            {systemTokens !== undefined
              ? ` · the saved prompt takes ${systemTokens.toLocaleString("en")} tokens of the context window (the server's count)`
              : ""}
          </span>
        }
      >
        <CodeEditor
          label="System prompt"
          value={value}
          onChange={onChange}
          language="text"
          minHeight="10rem"
          maxHeight="24rem"
        />
      </SettingField>
      <CompiledPrompt agentId={agentId} unsavedEdit={dirty} seen={seen} />
    </div>
  );
}

function CompiledPrompt({ agentId, unsavedEdit, seen }: { agentId: string; unsavedEdit: boolean; seen: boolean }) {
  const compiled = useQuery({ ...compiledPromptQuery(agentId), enabled: seen });
  return (
    <div className="space-y-1 text-sm">
      <div className="flex items-center justify-between gap-2">
        <h3 className="font-medium">Compiled system prompt</h3>
        <Button variant="secondary" size="sm" onClick={() => void compiled.refetch()} disabled={compiled.isFetching}>
          {compiled.isFetching ? "Compiling…" : "Refresh preview"}
        </Button>
      </div>
      <p className="text-xs text-zinc-500">
        What the model receives, with memory filled in, compiled by the server without storing anything.
        {unsavedEdit ? " It shows the saved prompt: save to see your edit here." : ""}
      </p>
      {compiled.error ? <InlineError error={toErrorBody(compiled.error)} /> : null}
      {compiled.data ? (
        <pre
          role="region"
          aria-label="Compiled system prompt"
          tabIndex={0}
          className="max-h-72 overflow-auto whitespace-pre-wrap break-words rounded border border-zinc-200 bg-zinc-50 p-2 font-mono text-xs dark:border-zinc-800 dark:bg-zinc-950"
        >
          {compiled.data.prompt}
        </pre>
      ) : compiled.isPending ? (
        <p className="text-xs text-zinc-500">Compiling…</p>
      ) : null}
    </div>
  );
}
