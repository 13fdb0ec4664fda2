"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const ImportAgentFileForm = lazy(() =>
  import("./import-agent-file-form").then((mod) => ({ default: mod.ImportAgentFileForm })),
);

/** The import form's code (the agent file schema, zod, the report) loads when the panel is first opened. */
export function LazyImportAgentFileForm(props: ComponentProps<typeof ImportAgentFileForm>) {
  return (
    <Suspense fallback={<p className="text-sm text-zinc-500">Loading the import form…</p>}>
      <ImportAgentFileForm {...props} />
    </Suspense>
  );
}
