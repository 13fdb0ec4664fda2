import { AppError } from "@/lib/errors";
import { assertSameOrigin, parseInput, readLimitedBytes, route } from "@/lib/http";
import { MAX_AGENT_FILE_BYTES, tooLargeMessage } from "@/lib/agent-files/limits";
import { agentFileText, parseAgentFile } from "@/lib/agent-files/parse";
import { importAgentFile } from "@/lib/letta/agent-files";
import { importQuerySchema } from "./schema";

// A route handler, not an action: the upload shows its progress (XMLHttpRequest upload events).
export const dynamic = "force-dynamic";

export const POST = route(async (request: Request) => {
  assertSameOrigin(request);
  const options = parseInput(importQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readLimitedBytes(
    request,
    MAX_AGENT_FILE_BYTES,
    (size) => new AppError("invalid_input", tooLargeMessage(size), "Pick a smaller agent file."),
  );
  const parsed = parseAgentFile(agentFileText(bytes));
  if (!parsed.ok)
    throw new AppError("invalid_input", parsed.error, "Pick an .af file exported from Letta; nothing was imported.");
  return Response.json(await importAgentFile(parsed.file, options, request.signal), { status: 201 });
});
