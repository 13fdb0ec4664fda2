import { run } from "./run";

export interface PythonVersion {
  major: number;
  minor: number;
  patch: number;
}

export interface Python {
  command: string;
  version: PythonVersion;
}

const SUPPORTED_MINORS = [13, 12, 11] as const;
const CANDIDATES = ["python3.13", "python3.12", "python3.11", "python3"] as const;

/** Parses `python --version` output ("Python 3.11.7", "Python 3.13.0rc1"). */
export function parsePythonVersion(output: string): PythonVersion | undefined {
  const match = /Python (\d+)\.(\d+)\.(\d+)/.exec(output);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]) };
}

export function isSupported(version: PythonVersion): boolean {
  return version.major === 3 && (SUPPORTED_MINORS as readonly number[]).includes(version.minor);
}

export function formatVersion(version: PythonVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

/** Finds the first supported Python, newest first. `ADE_PYTHON` names one explicitly. */
export async function findPython(explicit?: string): Promise<{ found?: Python; tried: string[] }> {
  const candidates = explicit ? [explicit] : CANDIDATES;
  const tried: string[] = [];
  for (const command of candidates) {
    const { code, output } = await run(command, ["--version"], { timeoutMs: 10_000 });
    const version = code === 0 ? parsePythonVersion(output) : undefined;
    tried.push(`${command}: ${version ? formatVersion(version) : "not found"}`);
    if (version && isSupported(version)) return { found: { command, version }, tried };
  }
  return { tried };
}
