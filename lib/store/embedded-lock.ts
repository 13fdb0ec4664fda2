import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite is one process's database: a second ADE process opening the same folder would corrupt it. The
 * first process writes its id into `ade-store.lock`; another live process finding it there is refused.
 */
export function lockEmbeddedStore(dir: string): () => void {
  const file = path.join(dir, "..", "store.lock");
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: "wx", mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = Number(readFileSync(file, "utf8").trim());
    if (owner === process.pid) return () => rmSync(file, { force: true });
    if (Number.isInteger(owner) && owner > 0 && isAlive(owner))
      throw new AppError(
        "conflict",
        `The embedded store in ${dir} is open in another ADE process (pid ${owner}).`,
        "The embedded store serves one process. Stop the other ADE, or set ADE_DATABASE_URL to a Postgres to run several (docs/store.md).",
      );
    rmSync(file, { force: true });
  }
  throw new AppError("conflict", `Could not lock the embedded store in ${dir}.`, "Try again.");
}
