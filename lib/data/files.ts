// The ADE's own files (saved connections, archived conversations, block snapshots, the edit log, the
// session secret) all live in one data folder. No "server-only" marker: proxy.ts reads the session secret
// through this module, and node:fs keeps it out of any browser bundle anyway.
import { randomUUID } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import { parseServerEnv } from "@/lib/env/schema";

/** ADE_DATA_DIR, or `.ade-data` beside the ADE. */
export function dataDir(): string {
  const configured = parseServerEnv(process.env).ADE_DATA_DIR;
  return configured ? path.resolve(/* turbopackIgnore: true */ configured) : path.join(process.cwd(), ".ade-data");
}

/** A path inside the data folder. */
export function dataPath(...parts: string[]): string {
  return path.join(dataDir(), ...parts);
}

/** Makes a folder (the data folder by default) private to the ADE's user. */
export async function ensurePrivateDir(dir = dataDir()): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
}

/**
 * Replaces a file in one step: the text goes to a private temporary file beside it that is flushed and
 * then renamed over the old one, so a crash leaves either the old or the new file, never half of one.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await ensurePrivateDir(path.dirname(file));
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  const handle = await open(temporary, "wx", 0o600);
  try {
    await handle.writeFile(text, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** `writeFileAtomic` for a JSON value (pretty-printed, newline-terminated). */
export function writeJsonAtomic(file: string, value: unknown, options: { pretty?: boolean } = {}): Promise<void> {
  const text = options.pretty === false ? JSON.stringify(value) : `${JSON.stringify(value, null, 2)}\n`;
  return writeFileAtomic(file, text);
}

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
