"use client";

import { json } from "@codemirror/lang-json";
import { python } from "@codemirror/lang-python";
import { EditorView } from "@codemirror/view";
import CodeMirror from "@uiw/react-codemirror";
import { useTheme } from "next-themes";
import { useMemo } from "react";
import type { CodeEditorProps } from "./code-editor";

/** A CodeMirror editor with syntax highlighting, line numbers and the ADE's light or dark theme. */
export function CodeEditorView({
  label,
  value,
  onChange,
  language = "text",
  readOnly = false,
  minHeight = "8rem",
  maxHeight = "28rem",
}: CodeEditorProps) {
  const { resolvedTheme } = useTheme();
  const extensions = useMemo(
    () => [
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({
        "aria-label": label,
        "aria-multiline": "true",
        // Explicitly in the tab order (also read-only), so the scrolling area always has focusable content.
        tabindex: "0",
        ...(readOnly ? { "aria-readonly": "true" } : {}),
      }),
      ...(language === "python" ? [python()] : language === "json" ? [json()] : []),
    ],
    [label, language, readOnly],
  );
  return (
    <CodeMirror
      value={value}
      onChange={onChange}
      extensions={extensions}
      readOnly={readOnly}
      editable={!readOnly}
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      minHeight={minHeight}
      maxHeight={maxHeight}
      basicSetup={{ foldGutter: false, highlightActiveLine: !readOnly }}
      className="overflow-hidden rounded border border-zinc-300 text-xs dark:border-zinc-700"
    />
  );
}
