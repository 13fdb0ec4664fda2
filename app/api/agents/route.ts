import { z } from "zod";
import { errorResponse, parseInput } from "@/lib/http";
import { listAgents } from "@/lib/letta/agents";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  after: z.string().trim().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).optional(),
});

export async function GET(request: Request) {
  try {
    const params = Object.fromEntries(new URL(request.url).searchParams);
    const query = parseInput(querySchema, params);
    return Response.json(await listAgents(query), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
