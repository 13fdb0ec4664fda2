// The data folder: the embedded store lives in it (store/), and a folder written by a release before the
// store is imported from it once (lib/store/import/). Only lib/store/ touches it.
import { chmod, mkdir, readFile } from "node:fs/promises";
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

/** A file's text, or undefined when it does not exist. */
export async function readTextIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
