import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Pages another branch adds; linking to them ahead of the merge is expected. */
export const PENDING_PAGES = new Set<string>();

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

const SKIP_DIRS = new Set(["node_modules", ".next", ".git", "test-results", "playwright-report", "blob-report"]);

/** Every Markdown file of the repository (not dependencies, builds or stack data). */
export function markdownFiles(root: string, dir = root): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir)) {
    if (SKIP_DIRS.has(entry) || entry.startsWith(".letta-stack") || entry.startsWith(".ade-data")) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) files.push(...markdownFiles(root, path));
    else if (entry.endsWith(".md")) files.push(relative(root, path));
  }
  return files.sort();
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes. */
export function headingAnchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/`/g, "")
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const counts = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (line.startsWith("```")) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const base = headingAnchor(match[1]);
    const seen = counts.get(base) ?? 0;
    counts.set(base, seen + 1);
    anchors.add(seen === 0 ? base : `${base}-${seen}`);
  }
  return anchors;
}

/** Relative links and images in one Markdown text, with their line numbers (code blocks and spans skipped). */
export function linksOf(markdown: string): Array<{ line: number; target: string }> {
  const links: Array<{ line: number; target: string }> = [];
  let fenced = false;
  markdown.split("\n").forEach((text, index) => {
    if (text.trimStart().startsWith("```")) fenced = !fenced;
    if (fenced) return;
    const withoutCode = text.replace(/`[^`]*`/g, "");
    for (const match of withoutCode.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1];
      if (target && !/^[a-z][a-z0-9+.-]*:/i.test(target)) links.push({ line: index + 1, target });
    }
  });
  return links;
}

/** Every relative link of every Markdown file under `root` that points at no file, or at no heading. */
export function brokenLinks(root: string): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (file: string) => {
    let found = anchorCache.get(file);
    if (!found) {
      found = anchorsOf(readFileSync(join(root, file), "utf8"));
      anchorCache.set(file, found);
    }
    return found;
  };
  for (const file of markdownFiles(root)) {
    for (const { line, target } of linksOf(readFileSync(join(root, file), "utf8"))) {
      const [path = "", anchor] = target.split("#", 2);
      const targetFile = path === "" ? file : relative(root, resolve(root, dirname(file), decodeURI(path)));
      if (PENDING_PAGES.has(targetFile)) continue;
      if (!existsSync(join(root, targetFile))) {
        broken.push({ file, line, target, reason: `no file ${targetFile}` });
        continue;
      }
      if (anchor && targetFile.endsWith(".md") && !anchors(targetFile).has(anchor))
        broken.push({ file, line, target, reason: `no heading #${anchor} in ${targetFile}` });
    }
  }
  return broken;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const root = resolve(import.meta.dirname, "../..");
  const broken = brokenLinks(root);
  for (const link of broken) console.log(`${link.file}:${link.line}: ${link.target} (${link.reason})`);
  console.log(`${markdownFiles(root).length} Markdown files, ${broken.length} broken links`);
  process.exitCode = broken.length > 0 ? 1 : 0;
}
