import { errorResponse } from "@/lib/http";
import { listGroups } from "@/lib/letta/groups";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    return Response.json(await listGroups());
  } catch (error) {
    return errorResponse(error);
  }
}
