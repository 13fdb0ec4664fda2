import fs from "node:fs";
import path from "node:path";
import { waitFor } from "./health";
import { isAlive } from "./processes";

/**
 * Runs `fn` holding an exclusive lock (a directory holding our pid), so that two stacks sharing
 * one cache do not build the same venv at once. A lock left by a dead process is taken over.
 */
export async function withLock<T>(lockDir: string, onWait: () => void, fn: () => Promise<T>): Promise<T> {
  const pidFile = path.join(lockDir, "pid");
  fs.mkdirSync(path.dirname(lockDir), { recursive: true });
  const tryTake = (): boolean => {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(pidFile, String(process.pid));
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const owner = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : NaN);
      if (Number.isInteger(owner) && owner > 0 && isAlive(owner)) return false;
      const age = Date.now() - (fs.statSync(lockDir, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (Number.isNaN(owner) && age < 5_000) return false; // just taken, pid not written yet
      fs.rmSync(lockDir, { recursive: true, force: true });
      return false;
    }
  };
  if (!tryTake()) {
    onWait();
    if (!(await waitFor(tryTake, { timeoutMs: 30 * 60_000, intervalMs: 1_000 }))) {
      throw new Error(`gave up waiting for the lock ${lockDir}`);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}
