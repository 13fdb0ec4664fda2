import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Where a module is imported, statically, dynamically or for its types alone. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g;
const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/)\s*)*["']use (client|server)["']/;
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

interface ModuleInfo {
  path: string;
  directive: "client" | "server" | null;
  serverOnly: boolean;
  imports: string[];
}

function sourceFiles(root: string, folder: string): string[] {
  const full = join(root, folder);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Resolves `@/…` and relative specifiers to a project file; packages resolve to null. */
function resolveImport(root: string, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(root, dirname(from), specifier);
  else return null;
  for (const candidate of [base, ...EXTENSIONS.map((extension) => base + extension)])
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  return null;
}

function readModule(root: string, path: string): ModuleInfo {
  const source = readFileSync(join(root, path), "utf8");
  const directive = DIRECTIVE.exec(source)?.[1];
  const imports = [...source.matchAll(IMPORT)].flatMap((match) => {
    const target = match[1] ? resolveImport(root, path, match[1]) : null;
    return target ? [target] : [];
  });
  return {
    path,
    directive: directive === "client" || directive === "server" ? directive : null,
    serverOnly: /^import\s+["']server-only["'];?\s*$/m.test(source) || path.startsWith("lib/letta/"),
    imports,
  };
}

/**
 * Every chain of imports from a client file ("use client") to a server-only module (`lib/letta/**` or a
 * file with `import "server-only"`), type-only imports included: a client file takes its types from modules
 * both sides may import. Server actions ("use server") are where the chain stops: the client gets a reference.
 */
export function clientImportsOfServerModules(root: string, folders: string[]): string[][] {
  const modules = new Map<string, ModuleInfo>();
  const info = (path: string) => {
    let found = modules.get(path);
    if (!found) modules.set(path, (found = readModule(root, path)));
    return found;
  };
  const chains: string[][] = [];
  for (const entry of folders.flatMap((folder) => sourceFiles(root, folder))) {
    if (info(entry).directive !== "client") continue;
    const seen = new Set([entry]);
    const queue: string[][] = [[entry]];
    while (queue.length > 0) {
      const chain = queue.shift() ?? [];
      const current = info(chain.at(-1) ?? entry);
      for (const target of current.imports) {
        if (seen.has(target)) continue;
        seen.add(target);
        const imported = info(target);
        if (imported.serverOnly) chains.push([...chain, target]);
        else if (imported.directive !== "server") queue.push([...chain, target]);
      }
    }
  }
  return chains;
}
