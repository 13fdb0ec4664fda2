/**
 * The largest agent file the ADE accepts. Letta reads an upload whole into memory and the published
 * files are well under 1 MB; 10 MB leaves room for long conversations and attached file contents.
 */
export const MAX_AGENT_FILE_BYTES = 10 * 1024 * 1024;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function tooLargeMessage(bytes: number): string {
  return `The file is ${formatBytes(bytes)}; agent files can be at most ${formatBytes(MAX_AGENT_FILE_BYTES)}.`;
}
