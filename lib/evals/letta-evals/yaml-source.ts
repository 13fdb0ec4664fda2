import { LineCounter, isMap, parseDocument, stringify, type Document } from "yaml";
import type { FileError } from "./types";

/** A parsed YAML file that can say on which line a value (or a key) sits. */
export interface YamlSource {
  value: unknown;
  /** The 1-based line of the value at the path (or of its key), null when it is not in the file. */
  lineOf: (path: readonly (string | number)[]) => number | null;
}

export function parseYaml(
  file: string,
  text: string,
): { ok: true; source: YamlSource } | { ok: false; errors: FileError[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? null,
        message: plainMessage(error.message),
      })),
    };
  }
  const lineOf = (path: readonly (string | number)[]) => nodeLine(document, lineCounter, path);
  return { ok: true, source: { value: document.toJS({ maxAliasCount: 100 }) as unknown, lineOf } };
}

/** The parser's message without the position and code excerpt it appends (the line is reported apart). */
function plainMessage(message: string): string {
  return (message.split("\n")[0] ?? message).replace(/ at line \d+, column \d+:?$/, "").trim();
}

function nodeLine(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | null {
  const node = document.getIn(path, true) as { range?: [number, number, number] } | undefined;
  if (node?.range) return lineCounter.linePos(node.range[0]).line;
  // A key with an empty value: find the key in its parent map.
  const parent = path.length > 1 ? document.getIn(path.slice(0, -1), true) : document.contents;
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown } | null)?.value === path.at(-1));
    const key = pair?.key as { range?: [number, number, number] } | undefined;
    if (key?.range) return lineCounter.linePos(key.range[0]).line;
  }
  return null;
}

/** YAML text for a suite: block style, long lines kept whole, multi-line strings as literal blocks. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, blockQuote: "literal" });
}
