import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { SuiteFile, SuiteImportInput } from "./types";

const root = path.join(import.meta.dirname, "fixtures");

/** A fixture suite as the import form hands it over: the suite, its dataset, and every other file. */
export function fixtureSuite(name: string, suite = "suite.yaml", dataset = "dataset.jsonl"): SuiteImportInput {
  const dir = path.join(root, name);
  const files = walk(dir).map((file) => ({ name: path.relative(dir, file), text: readFileSync(file, "utf8") }));
  const find = (fileName: string): SuiteFile | null => files.find((file) => file.name === fileName) ?? null;
  const suiteFile = find(suite);
  if (!suiteFile) throw new Error(`No ${suite} in fixture ${name}`);
  return {
    suite: suiteFile,
    dataset: find(dataset),
    files: files.filter((file) => file.name !== suite && file.name !== dataset),
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}
