"use client";

import { json } from "@codemirror/lang-json";
import { python } from "@codemirror/lang-python";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useMemo } from "react";

export type CodeLanguage = "python" | "json" | "text";

interface CodeEditorProps {
  /** The accessible name of the editable area (tests and screen readers find it as a textbox by this). */
  label: string;
  value: string;
  onChange: (value: string) => void;
  language?: CodeLanguage;
  readOnly?: boolean;
  minHeight?: string;
  maxHeight?: string;
}

/** A CodeMirror editor with syntax highlighting, line numbers and the system's light or dark look. */
export function CodeEditor({
  label,
  value,
  onChange,
  language = "text",
  readOnly = false,
  minHeight = "8rem",
  maxHeight = "28rem",
}: CodeEditorProps) {
  const extensions = useMemo(
    () => [
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-label": label, "aria-multiline": "true" }),
      ...(language === "python" ? [python()] : language === "json" ? [json()] : []),
    ],
    [label, language],
  );
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      readOnly={readOnly}
      editable={!readOnly}
      theme={prefersDark() ? "dark" : "light"}
      minHeight={minHeight}
      maxHeight={maxHeight}
      basicSetup={{ foldGutter: false, highlightActiveLine: !readOnly }}
      className="overflow-hidden rounded border border-zinc-300 text-xs dark:border-zinc-700"
    />
  );
}

function prefersDark(): boolean {
  return typeof window !== "undefined" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}
