"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { unwrap } from "@/lib/actions/result";
import { createMcpServerAction } from "@/lib/mcp/actions";
import type { McpServerInput } from "@/lib/tools/mcp";
import type { McpServerType } from "@/lib/tools/types";
import { Button } from "@/components/ui/button";

const fieldClass =
  "mt-1 w-full rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-950";

const transports: { type: McpServerType; label: string }[] = [
  { type: "streamable_http", label: "Streamable HTTP" },
  { type: "sse", label: "SSE" },
  { type: "stdio", label: "Local command (stdio)" },
];

/** Adds an MCP server; header and variable values go to Letta only and are never shown again. */
export function AddMcpServerForm({ onAdded }: { onAdded: () => void }) {
  const [type, setType] = useState<McpServerType>("streamable_http");
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [headers, setHeaders] = useState("");
  const [command, setCommand] = useState("");
  const [args, setArgs] = useState("");
  const [env, setEnv] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: async (input: McpServerInput) => unwrap(createMcpServerAction(input)),
    onSuccess: () => {
      setName("");
      setUrl("");
      setHeaders("");
      setCommand("");
      setArgs("");
      setEnv("");
      onAdded();
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The checks (zod) load with the first submit.
    const { mcpServerInputSchema, parsePairs, splitArgs } = await import("@/lib/tools/mcp");
    const pairs = type === "stdio" ? parsePairs(env, "=") : parsePairs(headers, ":");
    if ("error" in pairs) return setProblem(`${type === "stdio" ? "Environment" : "Headers"}: ${pairs.error}`);
    const candidate =
      type === "stdio"
        ? { type, name, command, args: splitArgs(args), env: pairs.pairs }
        : { type, name, url, headers: pairs.pairs };
    const parsed = mcpServerInputSchema.safeParse(candidate);
    if (!parsed.success) return setProblem(parsed.error.issues.map((issue) => issue.message).join("; "));
    setProblem(null);
    add.mutate(parsed.data);
  };

  return (
    <form
      aria-label="Add an MCP server"
      onSubmit={(event) => void submit(event)}
      noValidate
      className="space-y-2 rounded-lg border border-dashed border-zinc-300 p-4 text-sm dark:border-zinc-700"
    >
      <h2 className="font-semibold">Add an MCP server</h2>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="block text-xs">
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} className={fieldClass} />
        </label>
        <label className="block text-xs">
          Transport
          <select
            value={type}
            onChange={(event) => setType(event.target.value as McpServerType)}
            className={fieldClass}
          >
            {transports.map((transport) => (
              <option key={transport.type} value={transport.type}>
                {transport.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {type === "stdio" ? (
        <>
          <label className="block text-xs">
            Command
            <input
              value={command}
              onChange={(event) => setCommand(event.target.value)}
              placeholder="npx"
              className={fieldClass}
            />
          </label>
          <label className="block text-xs">
            Arguments (one per line)
            <textarea
              rows={3}
              value={args}
              onChange={(event) => setArgs(event.target.value)}
              className={`${fieldClass} font-mono`}
            />
          </label>
          <label className="block text-xs">
            Environment (NAME=value per line)
            <textarea
              rows={2}
              value={env}
              onChange={(event) => setEnv(event.target.value)}
              className={`${fieldClass} font-mono`}
            />
          </label>
          <p className="text-xs text-zinc-500">The Letta server starts this command itself, on its own machine.</p>
        </>
      ) : (
        <>
          <label className="block text-xs">
            Server URL
            <input
              value={url}
              onChange={(event) => setUrl(event.target.value)}
              placeholder="http://127.0.0.1:8000/mcp"
              className={fieldClass}
            />
          </label>
          <label className="block text-xs">
            Headers (Name: value per line)
            <textarea
              rows={2}
              value={headers}
              onChange={(event) => setHeaders(event.target.value)}
              placeholder="Authorization: Bearer …"
              className={`${fieldClass} font-mono`}
            />
          </label>
          <p className="text-xs text-zinc-500">
            Header values are kept by the Letta server and never shown again here.
          </p>
        </>
      )}
      {problem ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          {problem}
        </p>
      ) : null}
      <InlineError error={add.error ? toErrorBody(add.error) : null} />
      <Button variant="primary" type="submit" disabled={add.isPending}>
        {add.isPending ? "Connecting…" : "Add server"}
      </Button>
    </form>
  );
}
