import { z } from "zod";
import { parseInput, route } from "@/lib/http";
import { idSchema } from "@/lib/ids";
import { activeConnection } from "@/lib/letta/connection";
import { watchHub } from "@/lib/watch/hub";
import { encodeSse, sseHeaders, SSE_KEEPALIVE } from "@/lib/watch/sse";
import type { NumberedWatchEvent } from "@/lib/watch/types";

// A stream: every change of the agent (turns as they stream, messages, blocks, runs) pushed to this tab.
export const dynamic = "force-dynamic";

const KEEPALIVE_MS = 15_000;

const watchQuerySchema = z.object({ tab: idSchema, lastEventId: z.string().max(100).nullable() });

export const GET = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/watch">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const url = new URL(request.url);
  const { tab, lastEventId } = parseInput(watchQuerySchema, {
    tab: url.searchParams.get("tab"),
    lastEventId: request.headers.get("last-event-id"),
  });
  const connection = await activeConnection();
  const encoder = new TextEncoder();
  let stop: (() => void) | undefined;
  let keepalive: ReturnType<typeof setInterval> | undefined;
  let open = true;

  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const end = () => {
        if (!open) return;
        open = false;
        clearInterval(keepalive);
        stop?.();
        controller.close();
      };
      const send = (entry: NumberedWatchEvent) => {
        if (open) controller.enqueue(encoder.encode(encodeSse(entry)));
      };
      request.signal.addEventListener("abort", end, { once: true });
      keepalive = setInterval(() => open && controller.enqueue(encoder.encode(SSE_KEEPALIVE)), KEEPALIVE_MS);
      stop = await watchHub().view(connection, agentId, { tabId: tab, send, close: end }, lastEventId);
      if (!open) stop();
    },
    cancel() {
      open = false;
      clearInterval(keepalive);
      stop?.();
    },
  });
  return new Response(body, { headers: sseHeaders });
});
