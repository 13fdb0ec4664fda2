import type { NumberedWatchEvent } from "./types";

/** Headers that keep proxies and compression from holding a server-sent event stream back. */
export const sseHeaders = {
  "Content-Type": "text/event-stream; charset=utf-8",
  "Cache-Control": "no-cache, no-transform",
  "X-Accel-Buffering": "no",
} as const;

/** A comment line: keeps idle connections open through proxies. */
export const SSE_KEEPALIVE = ": keepalive\n\n";

/** One server-sent event: its id (what the browser sends back as Last-Event-ID) and its JSON data. */
export function encodeSse(entry: NumberedWatchEvent): string {
  return `id: ${entry.id}\ndata: ${JSON.stringify(entry.event)}\n\n`;
}
