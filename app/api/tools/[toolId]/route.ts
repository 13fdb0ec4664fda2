import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { deleteTool, getTool, updateTool } from "@/lib/letta/tools";
import { toolSourceSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: RouteContext<"/api/tools/[toolId]">) {
  try {
    const toolId = parseInput(idSchema, (await params).toolId);
    return Response.json(await getTool(toolId), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function PATCH(request: Request, { params }: RouteContext<"/api/tools/[toolId]">) {
  try {
    assertSameOrigin(request);
    const toolId = parseInput(idSchema, (await params).toolId);
    const body = parseInput(toolSourceSchema, await readJson(request));
    return Response.json(await updateTool(toolId, body));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/tools/[toolId]">) {
  try {
    assertSameOrigin(request);
    await deleteTool(parseInput(idSchema, (await params).toolId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
