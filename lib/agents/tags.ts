/** Tags typed as one comma-separated line, trimmed, empties dropped. */
export function parseTagsText(text: string): string[] {
  return text
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}

export function tagsText(tags: readonly string[]): string {
  return tags.join(", ");
}
