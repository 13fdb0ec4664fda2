"use client";

import { useEffect, useState, type ComponentType } from "react";
import { useSeen } from "@/components/ui/use-seen";

type CodeLanguage = "python" | "json" | "text";

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

/** CodeMirror's view, once its code has loaded (shared by every editor on the page). */
let loadedView: ComponentType<CodeEditorProps> | null = null;

function loadView(): Promise<ComponentType<CodeEditorProps>> {
  return import("./code-editor-view").then((mod) => (loadedView = mod.CodeEditorView));
}

/**
 * The code editor. CodeMirror (about 150 KB compressed) loads only when the editor comes into view; until then
 * (and while its code arrives) a plain text area of the same size, name and value stands in, and it already
 * edits. An editor that has focus is swapped only once it loses it, so no keystroke is lost.
 */
export function CodeEditor(props: CodeEditorProps) {
  const { label, value, onChange, readOnly = false, minHeight = "8rem", maxHeight = "28rem" } = props;
  const { ref, seen } = useSeen<HTMLTextAreaElement>();
  const [ready, setReady] = useState(false);
  const [focused, setFocused] = useState(false);
  useEffect(() => {
    if (!seen) return;
    let cancelled = false;
    void loadView().then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [seen]);
  const View = loadedView;
  if (ready && !focused && View) return <View {...props} />;
  return (
    <textarea
      ref={ref}
      aria-label={label}
      value={value}
      readOnly={readOnly}
      spellCheck={false}
      onChange={(event) => onChange(event.target.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      style={{ minHeight, maxHeight }}
      className="block w-full resize-none overflow-auto rounded border border-zinc-300 bg-white px-2 py-1 font-mono text-xs leading-[1.4] [field-sizing:content] dark:border-zinc-700 dark:bg-zinc-950"
    />
  );
}
