import { toolKindLabel, type ToolKind } from "@/lib/tools/kind";

const styles: Record<ToolKind, string> = {
  letta: "bg-sky-100 text-sky-800 dark:bg-sky-950 dark:text-sky-200",
  custom: "bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  mcp: "bg-violet-100 text-violet-800 dark:bg-violet-950 dark:text-violet-200",
  external: "bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-200",
};

export function ToolKindBadge({ kind, mcpServer }: { kind: ToolKind; mcpServer?: string | null }) {
  return (
    <span className={`rounded px-1.5 py-0.5 text-[10px] font-medium uppercase tracking-wide ${styles[kind]}`}>
      {toolKindLabel[kind]}
      {kind === "mcp" && mcpServer ? ` · ${mcpServer}` : ""}
    </span>
  );
}
