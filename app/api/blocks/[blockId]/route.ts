import { assertSameOrigin, errorResponse, parseInput, readJson } from "@/lib/http";
import { deleteUnusedBlock, updateBlock } from "@/lib/letta/blocks";
import { updateBlockSchema } from "../schema";
import { idSchema } from "@/lib/ids";

export const dynamic = "force-dynamic";

export async function PATCH(request: Request, { params }: RouteContext<"/api/blocks/[blockId]">) {
  try {
    assertSameOrigin(request);
    const blockId = parseInput(idSchema, (await params).blockId);
    const { expectedValue, force, ...fields } = parseInput(updateBlockSchema, await readJson(request));
    return Response.json(await updateBlock(blockId, fields, { expectedValue, force }));
  } catch (error) {
    return errorResponse(error);
  }
}

export async function DELETE(request: Request, { params }: RouteContext<"/api/blocks/[blockId]">) {
  try {
    assertSameOrigin(request);
    await deleteUnusedBlock(parseInput(idSchema, (await params).blockId));
    return new Response(null, { status: 204 });
  } catch (error) {
    return errorResponse(error);
  }
}
