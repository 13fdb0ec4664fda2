import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lockEmbeddedStore } from "./embedded-lock";

const root = mkdtempSync(path.join(tmpdir(), "ade-store-lock-"));
const dir = path.join(root, "store");
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the embedded store's one-process lock", () => {
  it("refuses a folder another live process holds, naming it and the way out", async () => {
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"], { stdio: "ignore" });
    try {
      writeFileSync(path.join(root, "store.lock"), String(other.pid));
      expect(() => lockEmbeddedStore(dir)).toThrow(new RegExp(`open in another ADE process \\(pid ${other.pid}\\)`));
      try {
        lockEmbeddedStore(dir);
      } catch (error) {
        expect((error as { hint: string }).hint).toContain("ADE_DATABASE_URL");
      }
    } finally {
      other.kill();
      await new Promise((resolve) => other.on("exit", resolve));
    }
  });

  it("takes over the lock of a process that is gone, and gives it back", () => {
    writeFileSync(path.join(root, "store.lock"), "999999999");
    const unlock = lockEmbeddedStore(dir);
    expect(existsSync(path.join(root, "store.lock"))).toBe(true);
    unlock();
    expect(existsSync(path.join(root, "store.lock"))).toBe(false);
  });
});
