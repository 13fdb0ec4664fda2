import { idSchema } from "@/lib/ids";
import { AppError } from "@/lib/errors";
import { fileProblem, MAX_FOLDER_FILE_BYTES } from "@/lib/folders/limits";
import { uploadQuerySchema } from "@/lib/folders/schema";
import { assertSameOrigin, parseInput, readLimitedBytes, route } from "@/lib/http";
import { uploadFolderFile } from "@/lib/letta/folders";

export const dynamic = "force-dynamic";

const REFUSED_HINT = "Nothing was uploaded; the folder is unchanged.";

/**
 * An upload (a route handler, so the browser can show its progress): the body is the file itself, its
 * name and what to do with a duplicate name travel in the query. Checked here as in the browser.
 */
export const POST = route(async (request: Request, { params }: RouteContext<"/api/folders/[folderId]/upload">) => {
  assertSameOrigin(request);
  const folderId = parseInput(idSchema, (await params).folderId);
  const { fileName, duplicate } = parseInput(uploadQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  const bytes = await readLimitedBytes(
    request,
    MAX_FOLDER_FILE_BYTES,
    (size) => new AppError("invalid_input", fileProblem(fileName, size) ?? "The file is too large.", REFUSED_HINT),
  );
  const problem = fileProblem(fileName, bytes.byteLength);
  if (problem) throw new AppError("invalid_input", problem, REFUSED_HINT);
  const type = (request.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
  const uploaded = await uploadFolderFile(
    folderId,
    { bytes, name: fileName, type: type === "application/octet-stream" ? "" : type, duplicate },
    request.signal,
  );
  return Response.json(uploaded, { status: 201 });
});
