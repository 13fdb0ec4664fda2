/** One allowed host, with the one port it may use (any port when none is given). */
export interface AllowEntry {
  host: string;
  port: number | undefined;
}

export type AllowlistParse = { ok: true; entries: AllowEntry[] | null } | { ok: false; error: string };

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/;

const SHAPE = /^(\[[0-9a-f:.]+\]|[^\s:[\]/@?#]+)(:\d+)?$/i;

function parseEntry(raw: string): AllowEntry | string {
  if (!SHAPE.test(raw)) return `"${raw}" must be a host or host:port, nothing more`;
  let url: URL;
  try {
    url = new URL(`http://${raw}`);
  } catch {
    return `"${raw}" is not a host or host:port`;
  }
  if (url.username || url.password || url.pathname !== "/" || url.search || url.hash)
    return `"${raw}" must be a host or host:port, nothing more`;
  const host = url.hostname.toLowerCase();
  if (!host.startsWith("[") && !HOSTNAME.test(host)) return `"${raw}" is not a host name or IP address`;
  // URL drops :80 as http's default port; read the port from the text so "host:80" keeps it.
  const portText = /:(\d+)$/.exec(raw.replace(/^\[[^\]]*\]/, ""))?.[1];
  const port = portText === undefined ? undefined : Number(portText);
  if (port !== undefined && (port < 1 || port > 65535)) return `"${raw}" has a port outside 1–65535`;
  return { host, port };
}

/** Reads "host1,host2:port,[::1]:8283"; an empty list means no restriction (null). */
export function parseAllowlist(text: string): AllowlistParse {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) return { ok: true, entries: null };
  const entries: AllowEntry[] = [];
  for (const item of items) {
    const entry = parseEntry(item);
    if (typeof entry === "string") return { ok: false, error: entry };
    entries.push(entry);
  }
  return { ok: true, entries };
}

function defaultPort(protocol: string): number {
  return protocol === "https:" ? 443 : 80;
}

/** Whether the ADE's server may fetch this URL: its host (and port, when the entry names one) is listed. */
export function isAllowedUrl(baseUrl: string, entries: AllowEntry[] | null): boolean {
  if (entries === null) return true;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return false;
  }
  const host = url.hostname.toLowerCase();
  const port = url.port ? Number(url.port) : defaultPort(url.protocol);
  return entries.some((entry) => entry.host === host && (entry.port === undefined || entry.port === port));
}

export function describeAllowlist(entries: AllowEntry[]): string {
  return entries.map((entry) => (entry.port === undefined ? entry.host : `${entry.host}:${entry.port}`)).join(", ");
}
