import { encodeChatEvent } from "@/lib/chat/events";
import { errorResponse, parseInput, readJson, streamHeaders } from "@/lib/http";
import { openMessageStream } from "@/lib/letta/messages";
import { agentIdSchema, sendMessageSchema } from "./schema";

export const dynamic = "force-dynamic";

export async function POST(request: Request, context: RouteContext<"/api/agents/[agentId]/messages">) {
  try {
    const agentId = parseInput(agentIdSchema, (await context.params).agentId);
    const { text, role } = parseInput(sendMessageSchema, await readJson(request));

    const upstream = new AbortController();
    request.signal.addEventListener("abort", () => upstream.abort(), { once: true });
    const events = await openMessageStream({ agentId, text, role, signal: upstream.signal });
    const encoder = new TextEncoder();

    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = await events.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(encodeChatEvent(next.value)));
      },
      async cancel() {
        upstream.abort();
        await events.return(undefined);
      },
    });
    return new Response(body, { headers: streamHeaders });
  } catch (error) {
    return errorResponse(error);
  }
}
