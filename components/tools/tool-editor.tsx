"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { CodeEditor } from "@/components/code-editor";
import { InlineError } from "@/components/ui/inline-error";
import { type AppErrorBody, toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { toolKeys } from "@/lib/query-keys";
import { createToolAction, updateToolAction } from "@/lib/tools/actions";
import type { parsePipRequirements } from "@/lib/tools/pip";
import { formatPipRequirements } from "@/lib/tools/pip-format";
import type { ToolDetail } from "@/lib/tools/types";
import { DeleteTool } from "./delete-tool";
import { ToolKindBadge } from "./tool-kind-badge";
import { ToolRunner } from "./tool-runner";
import { Button } from "@/components/ui/button";

const NEW_TOOL_SOURCE = `def my_tool(text: str) -> str:
    """Say what the tool does: the agent reads this.

    Args:
        text: Say what the argument is.

    Returns:
        str: Say what comes back.
    """
    return text
`;

// The requirements' checks (zod) load once the text is edited; the text as loaded is the tool's own, already valid.
const loadPipParser = () => import("@/lib/tools/pip").then((mod) => mod.parsePipRequirements);

/** A tool's source and requirements (editable for custom tools), what the server derived from them, a runner and delete. */
export function ToolEditor({
  tool,
  onSaved,
  onDeleted,
}: {
  tool: ToolDetail | null;
  onSaved: (toolId: string) => void;
  onDeleted: () => void;
}) {
  const queryClient = useQueryClient();
  const editable = tool === null || tool.kind === "custom";
  const [source, setSource] = useState(tool?.sourceCode ?? NEW_TOOL_SOURCE);
  const [pipText, setPipText] = useState(formatPipRequirements(tool?.pipRequirements ?? []));
  const [inputError, setInputError] = useState<AppErrorBody | null>(null);
  const [parsePip, setParsePip] = useState<typeof parsePipRequirements | null>(null);
  // null until the checks load (the text is then still the tool's own).
  const pip = parsePip ? parsePip(pipText) : null;
  const runRequirements = pip === null ? (tool?.pipRequirements ?? []) : "error" in pip ? [] : pip.requirements;

  const save = useMutation({
    mutationFn: async (body: { sourceCode: string; pipRequirements: ToolDetail["pipRequirements"] }) =>
      unwrap(tool ? updateToolAction({ toolId: tool.id, ...body }) : createToolAction(body)),
    onSuccess: (saved) => {
      queryClient.setQueryData(toolKeys.detail(saved.id), saved);
      onSaved(saved.id);
    },
  });

  const editPip = (text: string) => {
    setPipText(text);
    if (!parsePip) void loadPipParser().then((parse) => setParsePip(() => parse));
  };

  const submit = async () => {
    setInputError(null);
    if (!source.trim())
      return setInputError({
        code: "invalid_input",
        message: "Write the tool's Python source first.",
        hint: "A tool is one Python function with a docstring.",
      });
    const checked = (parsePip ?? (await loadPipParser()))(pipText);
    if ("error" in checked)
      return setInputError({
        code: "invalid_input",
        message: `Pip requirements: ${checked.error}`,
        hint: "One package per line.",
      });
    save.mutate({ sourceCode: source, pipRequirements: checked.requirements });
  };

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-2">
        <h2 className="font-mono text-lg font-semibold">{tool ? tool.name : "New tool"}</h2>
        {tool ? <ToolKindBadge kind={tool.kind} mcpServer={tool.mcpServer} /> : null}
        {tool ? <span className="font-mono text-xs text-zinc-500">{tool.id}</span> : null}
      </div>
      {!editable ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {tool?.kind === "mcp"
            ? "This tool comes from an MCP server; it changes there."
            : "This is one of Letta's own tools; the server defines it."}
        </p>
      ) : null}
      {tool?.description ? <p className="text-sm text-zinc-700 dark:text-zinc-300">{tool.description}</p> : null}

      {editable || tool?.sourceCode ? (
        <div className="space-y-1">
          <p className="text-xs font-medium">Python source</p>
          <CodeEditor
            label="Tool source"
            language="python"
            value={source}
            onChange={setSource}
            readOnly={!editable}
            minHeight="14rem"
          />
          {editable ? (
            <p className="text-xs text-zinc-500">
              One function with type hints and a docstring: the server takes the tool&apos;s name, description and JSON
              schema from it.
            </p>
          ) : null}
        </div>
      ) : null}

      {editable ? (
        <div className="space-y-2">
          <label className="block text-xs font-medium">
            Pip requirements
            <textarea
              rows={3}
              value={pipText}
              onChange={(event) => editPip(event.target.value)}
              placeholder={"requests==2.32.3\nnumpy"}
              aria-invalid={pip && "error" in pip ? true : undefined}
              className="mt-1 w-full rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs font-normal dark:border-zinc-700 dark:bg-zinc-950"
            />
          </label>
          {pip && "error" in pip ? (
            <p className="text-xs text-red-700 dark:text-red-400">{pip.error}</p>
          ) : (
            <p className="text-xs text-zinc-500">
              One per line, name or name==version; installed in the tool&apos;s sandbox when it runs.
            </p>
          )}
          <InlineError error={inputError ?? (save.error ? toErrorBody(save.error) : null)} />
          <Button variant="primary" onClick={() => void submit()} disabled={save.isPending}>
            {save.isPending ? "Saving…" : tool ? "Save tool" : "Create tool"}
          </Button>
        </div>
      ) : null}

      {tool ? (
        <section
          aria-label="Derived by the server"
          className="space-y-1 rounded-lg border border-zinc-200 p-3 text-xs dark:border-zinc-800"
        >
          <p>
            <span className="text-zinc-500">Name: </span>
            <span className="font-mono">{tool.name}</span>
          </p>
          <p className="text-zinc-500">JSON schema</p>
          <pre
            aria-label="JSON schema"
            className="max-h-72 overflow-auto rounded bg-zinc-50 p-2 font-mono text-[11px] dark:bg-zinc-950"
          >
            {tool.jsonSchema ? JSON.stringify(tool.jsonSchema, null, 2) : "—"}
          </pre>
        </section>
      ) : null}

      {editable ? <ToolRunner sourceCode={source} pipRequirements={runRequirements} /> : null}
      {tool ? <DeleteTool tool={tool} onDeleted={onDeleted} /> : null}
    </div>
  );
}
