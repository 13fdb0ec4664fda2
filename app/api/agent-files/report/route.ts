import { parseInput, route } from "@/lib/http";
import { importedAgentsState } from "@/lib/letta/agent-file-report";
import { reportQuerySchema } from "./schema";

export const dynamic = "force-dynamic";

/** A read the import report polls until the imported folders' files are processed. */
export const GET = route(async (request: Request) => {
  const { agents } = parseInput(reportQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json({ agents: await importedAgentsState(agents) });
});
