"use client";

import { lazy, Suspense, type ComponentProps } from "react";

const SettingsEditor = lazy(() => import("./settings-editor").then((mod) => ({ default: mod.SettingsEditor })));

/** The settings editor's code (forms, model fields, the prompt editor) loads when its tab or pane is opened. */
export function LazySettingsEditor(props: ComponentProps<typeof SettingsEditor>) {
  return (
    <Suspense fallback={<p className="text-sm text-zinc-500">Loading settings…</p>}>
      <SettingsEditor {...props} />
    </Suspense>
  );
}
