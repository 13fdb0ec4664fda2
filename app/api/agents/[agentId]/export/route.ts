import { z } from "zod";
import { errorResponse, parseInput } from "@/lib/http";
import { exportAgentFile } from "@/lib/letta/agent-files";
import { agentIdSchema } from "../messages/schema";

export const dynamic = "force-dynamic";

const querySchema = z.object({ messages: z.enum(["include", "exclude"]).default("include") });

export async function GET(request: Request, context: RouteContext<"/api/agents/[agentId]/export">) {
  try {
    const agentId = parseInput(agentIdSchema, (await context.params).agentId);
    const { messages } = parseInput(querySchema, Object.fromEntries(new URL(request.url).searchParams));
    const { fileName, body } = await exportAgentFile(agentId, { includeMessages: messages === "include" });
    return new Response(body, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="${fileName}"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
