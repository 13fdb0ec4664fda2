"use client";

import { useQuery } from "@tanstack/react-query";
import { InlineError } from "@/components/ui/inline-error";
import { toErrorBody } from "@/lib/errors";
import { toolDetailQuery } from "@/lib/tools/queries";
import { ToolEditor } from "./tool-editor";

/** Loads the chosen tool (or none, for a new one) and opens it in the editor. */
export function ToolWorkbench({
  toolId,
  onSaved,
  onDeleted,
}: {
  toolId: string | null;
  onSaved: (toolId: string) => void;
  onDeleted: () => void;
}) {
  const detail = useQuery({ ...toolDetailQuery(toolId ?? ""), enabled: toolId !== null });
  if (toolId === null) return <ToolEditor tool={null} onSaved={onSaved} onDeleted={onDeleted} />;
  if (detail.error) return <InlineError error={toErrorBody(detail.error)} />;
  if (!detail.data) return <p className="text-sm text-zinc-500">Loading the tool…</p>;
  return <ToolEditor tool={detail.data} onSaved={onSaved} onDeleted={onDeleted} />;
}
