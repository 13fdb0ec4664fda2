// Where `npm run eval` reads its dataset: a file (the ADE's JSON export, or a letta-evals suite YAML with the
// dataset and rubric files it names, read beside it) or the id of a dataset in the ADE's store.
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseDatasetFile } from "@/lib/evals/dataset-file";
import { importSuite } from "@/lib/evals/letta-evals/import-suite";
import { isRecord } from "@/lib/evals/letta-evals/ids";
import type { SuiteFile, Unmapped } from "@/lib/evals/letta-evals/types";
import { parseYaml } from "@/lib/evals/letta-evals/yaml-source";
import { getDataset } from "@/lib/evals/store";
import type { Dataset } from "@/lib/evals/types";
import { storeTarget } from "@/lib/store/config";

export type DatasetSource =
  { ok: true; dataset: Dataset; origin: string; unmapped: Unmapped[] } | { ok: false; error: string };

const looksLikeFile = (source: string) => /[\\/]/.test(source) || /\.(json|ya?ml|jsonl)$/i.test(source);

export async function loadDataset(source: string): Promise<DatasetSource> {
  if (existsSync(source))
    return statSync(source).isDirectory()
      ? { ok: false, error: `${source} is a folder, not a file.` }
      : loadFile(source);
  if (looksLikeFile(source)) return { ok: false, error: `${source}: no such file.` };
  return loadStored(source);
}

async function loadFile(file: string): Promise<DatasetSource> {
  if (/\.ya?ml$/i.test(file)) return loadSuite(file);
  if (/\.jsonl$/i.test(file))
    return {
      ok: false,
      error: `${file}: a letta-evals dataset has no graders. Pass the suite YAML that names it (its \`dataset\`).`,
    };
  const parsed = parseDatasetFile(await readFile(file, "utf8"));
  if (!parsed.ok) return { ok: false, error: `${file}: ${parsed.error}` };
  const now = new Date().toISOString();
  return {
    ok: true,
    dataset: { id: `file:${path.basename(file)}`, ...parsed.dataset, createdAt: now, updatedAt: now },
    origin: file,
    unmapped: [],
  };
}

/** A letta-evals suite: the files it names (its dataset, rubric files) are read relative to its folder. */
async function loadSuite(file: string): Promise<DatasetSource> {
  const dir = path.dirname(file);
  const suite: SuiteFile = { name: path.basename(file), text: await readFile(file, "utf8") };
  const files: SuiteFile[] = [];
  const read = async (name: string): Promise<SuiteFile | string> => {
    const full = path.resolve(dir, name);
    if (!existsSync(full)) return `${file}: names ${name}, but ${full} does not exist.`;
    return { name, text: await readFile(full, "utf8") };
  };
  const parsed = parseYaml(suite.name, suite.text);
  const named = parsed.ok && isRecord(parsed.source.value) ? parsed.source.value.dataset : undefined;
  let dataset: SuiteFile | null = null;
  if (typeof named === "string" && named.trim() !== "" && !/^https?:\/\//i.test(named.trim())) {
    const found = await read(named.trim());
    if (typeof found === "string") return { ok: false, error: found };
    dataset = found;
  }
  // The rubric files the graders name are known once the suite is read: read them, then import again.
  for (let attempt = 0; ; attempt += 1) {
    const imported = importSuite({ suite, dataset, files });
    if (imported.ok) return { ok: true, dataset: imported.dataset, origin: file, unmapped: imported.unmapped };
    const missing = imported.missingFiles.filter((name) => name !== dataset?.name && !/^https?:\/\//i.test(name));
    if (attempt > 0 || missing.length === 0)
      return { ok: false, error: imported.errors.map((error) => formatFileError(dir, error)).join("\n") };
    for (const name of missing) {
      const found = await read(name);
      if (typeof found === "string") return { ok: false, error: found };
      files.push(found);
    }
  }
}

function formatFileError(dir: string, error: { file: string; line: number | null; message: string }): string {
  const where = path.join(dir, error.file);
  return error.line === null ? `${where}: ${error.message}` : `${where}, line ${error.line}: ${error.message}`;
}

async function loadStored(id: string): Promise<DatasetSource> {
  let target;
  try {
    target = storeTarget();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (target.kind === "embedded" && !existsSync(target.dir))
    return {
      ok: false,
      error:
        `No file ${id}, and no ADE store to find a dataset of that id in (${target.dir} does not exist). ` +
        "Pass a dataset file, or set ADE_DATA_DIR or ADE_DATABASE_URL to the ADE's store.",
    };
  try {
    const dataset = await getDataset(id);
    if (!dataset) return { ok: false, error: `No file ${id}, and no dataset with the id ${id} in ${target.label}.` };
    return { ok: true, dataset, origin: `${target.label}`, unmapped: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The dataset ${id} could not be read from ${target.label}: ${message}` };
  }
}
