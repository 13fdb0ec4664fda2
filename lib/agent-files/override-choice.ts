/** The select value that keeps each agent's model (or embedding) from the file. */
export const KEEP_FROM_FILE = "";

export interface OverrideChoice {
  /** KEEP_FROM_FILE, or the server handle to use for every imported agent. */
  value: string;
  /** Handles the file names that the server does not offer. */
  missing: string[];
}

/**
 * Keeps the file's handles when the server offers all of them (or the file names none, as for an agent
 * without embeddings); otherwise overrides with the server's first handle, since an agent on a model
 * the server lacks cannot run.
 */
export function chooseOverride(
  fileHandles: ReadonlyArray<string | null>,
  available: readonly string[],
): OverrideChoice {
  const offered = new Set(available);
  const named = [...new Set(fileHandles.filter((handle): handle is string => handle !== null))];
  const missing = named.filter((handle) => !offered.has(handle));
  if (missing.length === 0) return { value: KEEP_FROM_FILE, missing };
  return { value: available[0] ?? KEEP_FROM_FILE, missing };
}
