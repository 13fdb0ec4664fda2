import { AppError } from "@/lib/errors";
import { tooLargeMessage } from "@/lib/agent-files/limits";

function tooLarge(bytes: number): AppError {
  return new AppError("invalid_input", tooLargeMessage(bytes), "Pick a smaller agent file.");
}

/** Reads the request body as UTF-8 text, stopping as soon as it grows past maxBytes. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(declared);
  if (!request.body) return "";

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge(total);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError(
      "invalid_input",
      "The file is not UTF-8 text, so it cannot be an agent file.",
      "Pick an .af file exported from Letta.",
    );
  }
}
