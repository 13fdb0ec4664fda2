"use client";

import dynamic from "next/dynamic";

export type CodeLanguage = "python" | "json" | "text";

export interface CodeEditorProps {
  /** The accessible name of the editable area (tests and screen readers find it as a textbox by this). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  language?: CodeLanguage;
  readOnly?: boolean;
  minHeight?: string;
  maxHeight?: string;
}

/**
 * The code editor (CodeMirror, about 150 KB compressed) loads only when a form that uses it is shown, in the
 * browser; until then a quiet placeholder of the same height holds its place.
 */
export const CodeEditor = dynamic<CodeEditorProps>(
  () => import("./code-editor-view").then((mod) => mod.CodeEditorView),
  {
    ssr: false,
    loading: () => (
      <div
        aria-busy="true"
        className="h-32 animate-pulse rounded border border-zinc-300 bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900"
      />
    ),
  },
);
