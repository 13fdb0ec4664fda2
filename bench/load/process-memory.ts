import { readFileSync } from "node:fs";

/** Resident memory of a process and all its descendants (Linux /proc), in bytes; 0 once it is gone. */
export function treeRssBytes(pid: number): number {
  let total = 0;
  for (const id of [pid, ...descendants(pid)]) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${id}/status`, "utf8"));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8")
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

/** True for http(s) URLs on a loopback host: the load bench never runs against another machine. */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return false;
  }
  return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}
