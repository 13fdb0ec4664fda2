"use client";

import { lazy, Suspense } from "react";

const MarkdownView = lazy(() => import("./markdown-view").then((mod) => ({ default: mod.Markdown })));

/**
 * Agent text as sanitized markdown (see markdown-view.tsx). The markdown parser loads on first use; until it
 * arrives the text shows as plain text, so nothing waits for it.
 */
export function Markdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="my-1 whitespace-pre-wrap break-words">{text}</p>}>
      <MarkdownView text={text} />
    </Suspense>
  );
}
