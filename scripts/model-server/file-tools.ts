/**
 * Scenarios for Letta's file tools (given to an agent with a folder attached) and a scripted embedding
 * failure for folder-processing tests. Keywords are documented in README.md beside this file.
 */
import type { JsonObject } from "./protocol";

export const FILE_KEYWORD = /(?:^|\s)#(grep|open|semantic)\b/i;

/** Text in an embedding input that makes POST /embeddings fail (so Letta marks the file as failed). */
const EMBEDDING_ERROR_MARKER = "#embedding-error";

interface FileToolCall {
  scenario: string;
  name: string;
  args: JsonObject;
}

export type FilePlan = FileToolCall | { scenario: string; usage: string };

/** The tool call for a file keyword (`match` from FILE_KEYWORD, `text` the whole message). */
export function planFileKeyword(match: RegExpExecArray, text: string): FilePlan {
  const keyword = (match[1] ?? "").toLowerCase();
  const argument = text.slice(match.index + match[0].length).trim();
  switch (keyword) {
    case "grep":
      if (!argument) return { scenario: "grep-usage", usage: "Usage: #grep <pattern>" };
      return { scenario: "grep", name: "grep_files", args: { pattern: argument } };
    case "open": {
      if (!argument) return { scenario: "open-usage", usage: "Usage: #open <folder>/<file> [<first line> <lines>]" };
      const range = /^(.*\S)\s+(\d+)\s+(\d+)$/.exec(argument);
      const request: JsonObject = range
        ? { file_name: range[1] ?? "", offset: Number(range[2]), length: Number(range[3]) }
        : { file_name: argument };
      return { scenario: "open", name: "open_files", args: { file_requests: [request], close_all_others: false } };
    }
    default:
      if (!argument) return { scenario: "semantic-usage", usage: "Usage: #semantic <query>" };
      return { scenario: "semantic", name: "semantic_search_files", args: { query: argument } };
  }
}

/** The HTTP error to answer an embeddings request with, when an input asks for one. */
export function embeddingFailure(inputs: string[]): { status: number; message: string } | undefined {
  if (!inputs.some((text) => text.includes(EMBEDDING_ERROR_MARKER))) return undefined;
  return { status: 400, message: `Scripted embedding failure: the input contains ${EMBEDDING_ERROR_MARKER}.` };
}
