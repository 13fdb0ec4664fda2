import { z } from "zod";
import { errorResponse, parseInput } from "@/lib/http";
import { exportAgentFile } from "@/lib/letta/agent-files";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

const querySchema = z.object({ messages: z.enum(["include", "exclude"]).default("include") });

export async function GET(request: Request, context: RouteContext<"/api/agents/[agentId]/export">) {
  try {
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
  } catch (error) {
    return errorResponse(error);
  }
}
