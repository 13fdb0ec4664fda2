import { searchParamsRecord } from "@/lib/agents/list-query";
import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { createAgent, listAgents } from "@/lib/letta/agents";
import { createAgentSchema, listAgentsQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  try {
    const query = parseInput(listAgentsQuerySchema, searchParamsRecord(new URL(request.url).searchParams));
    return Response.json(await listAgents(query), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const input = parseInput(createAgentSchema, await readJson(request));
    return Response.json(await createAgent(input), { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
