import { spawn } from "node:child_process";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { databaseUrl } from "./ade-store";
import { expect, test } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");

/** The unit test files that run on every store backend (they call `storeBackends()`). */
async function storeSuites(): Promise<string[]> {
  const files = (await readdir(path.join(root, "lib"), { recursive: true })).filter((file) =>
    file.endsWith(".test.ts"),
  );
  const suites: string[] = [];
  for (const file of files)
    if ((await readFile(path.join(root, "lib", file), "utf8")).includes("storeBackends()"))
      suites.push(path.join("lib", file));
  return suites.sort();
}

// `npm test` runs the store's unit suites on PGlite (vitest step); here the same suites run again on the
// stack's Postgres, which is up for the e2e run (each suite makes and drops a database of its own).
test("the store's unit suites pass on Postgres too", async () => {
  test.setTimeout(600_000);
  const suites = await storeSuites();
  expect(suites.length).toBeGreaterThanOrEqual(6);
  const report = path.join(root, "test-results", "vitest-store-postgres.json");
  const child = spawn(
    process.execPath,
    [
      path.join(root, "node_modules", "vitest", "vitest.mjs"),
      "run",
      "--reporter=json",
      `--outputFile=${report}`,
      ...suites,
    ],
    {
      cwd: root,
      env: { ...process.env, ADE_TEST_DATABASE_URL: databaseUrl("postgres") },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const result = JSON.parse(await readFile(report, "utf8")) as {
    numFailedTests: number;
    numPassedTests: number;
    testResults: { assertionResults: { fullName: string; status: string }[] }[];
  };
  const names = result.testResults.flatMap((file) => file.assertionResults.map((test) => test.fullName));
  // Every suite ran on both backends: as many tests on Postgres as on PGlite.
  const onPostgres = names.filter((name) => name.includes(" on postgres")).length;
  expect(onPostgres, output.slice(-4000)).toBeGreaterThanOrEqual(15);
  expect(names.filter((name) => name.includes(" on embedded")).length).toBe(onPostgres);
  expect(result.numFailedTests, output.slice(-4000)).toBe(0);
  expect(code, output.slice(-4000)).toBe(0);
});
