/** A tool's JSON schema, folded away until asked for. */
export function JsonSchemaView({
  schema,
  label = "JSON schema",
}: {
  schema: Record<string, unknown> | null;
  label?: string;
}) {
  if (!schema) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-zinc-600 dark:text-zinc-400">{label}</summary>
      <pre
        aria-label={label}
        className="mt-1 max-h-64 overflow-auto rounded bg-zinc-50 p-2 font-mono text-[11px] dark:bg-zinc-950"
      >
        {JSON.stringify(schema, null, 2)}
      </pre>
    </details>
  );
}
