import { z } from "zod";
import { parseInput, route } from "@/lib/http";
import { exportAgentFile } from "@/lib/letta/agent-files";
import { idSchema } from "@/lib/ids";

// A route handler, not an action: the agent file is a download.
export const dynamic = "force-dynamic";

const querySchema = z.object({ messages: z.enum(["include", "exclude"]).default("include") });

export const GET = route(async (request: Request, context: RouteContext<"/api/agents/[agentId]/export">) => {
  const agentId = parseInput(idSchema, (await context.params).agentId);
  const { messages } = parseInput(querySchema, Object.fromEntries(new URL(request.url).searchParams));
  const { fileName, body } = await exportAgentFile(agentId, {
    includeMessages: messages === "include",
    signal: request.signal,
  });
  const bytes = new TextEncoder().encode(body);
  return new Response(bytes, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      // The browser's download progress (Next.js streams route bodies chunked, without Content-Length).
      "X-File-Size": String(bytes.byteLength),
      "Content-Disposition": `attachment; filename="${fileName}"`,
      // no-transform: not gzipped on the way, so the bytes received match X-File-Size.
      "Cache-Control": "no-store, no-transform",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
