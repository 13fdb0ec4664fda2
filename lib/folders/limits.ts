import { formatBytes } from "@/lib/agent-files/limits";

/**
 * The largest file the ADE uploads into a folder. Letta 0.16.8 reads an upload whole into memory and
 * refuses files over 50 MB while processing; 10 MB keeps a document's text to what an agent can use.
 */
export const MAX_FOLDER_FILE_BYTES = 10 * 1024 * 1024;

/**
 * The file types Letta 0.16.8 accepts in a folder (its `file_types.py` registry), by extension. Word
 * (.docx) is not among them: Letta answers 415, so the ADE refuses it before uploading.
 */
export const SUPPORTED_EXTENSIONS = [
  ".txt",
  ".md",
  ".markdown",
  ".json",
  ".jsonl",
  ".csv",
  ".html",
  ".htm",
  ".xml",
  ".yaml",
  ".yml",
  ".toml",
  ".pdf",
  ".py",
  ".js",
  ".ts",
  ".tsx",
  ".jsx",
  ".java",
  ".c",
  ".h",
  ".cpp",
  ".cs",
  ".go",
  ".rs",
  ".rb",
  ".php",
  ".sql",
  ".sh",
  ".css",
] as const;

export const SUPPORTED_SUMMARY = "text (.txt), Markdown, JSON, CSV, HTML, XML, YAML, PDF and source code";

export function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** Why a file cannot go into a folder (empty, too large, a type Letta does not read), or null when it can. */
export function fileProblem(name: string, size: number): string | null {
  const extension = extensionOf(name);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension)) {
    return extension === ".docx" || extension === ".doc"
      ? `${name}: Letta 0.16.8 does not read Word documents. Save it as PDF or text and upload that.`
      : `${name}: ${extension ? `${extension} files are` : "files without an extension are"} not supported. Letta reads ${SUPPORTED_SUMMARY}.`;
  }
  if (size === 0) return `${name} is empty: there is nothing for the agent to read.`;
  if (size > MAX_FOLDER_FILE_BYTES) {
    return `${name} is ${formatBytes(size)}; files can be at most ${formatBytes(MAX_FOLDER_FILE_BYTES)}.`;
  }
  return null;
}

export { formatBytes };
