import type { ConnectionProblem } from "./types";

/** One probe request's answer (body cut short), or undefined when nothing answered in time. */
export interface ProbeAnswer {
  status: number;
  contentType: string;
  body: string;
}

/**
 * What a server that is not a usable Letta answered to the doctor's closer look: Letta Code's app server's
 * `/healthz` and `/app-server-info`, an OpenAI-style `/v1/models`, and the page at the URL itself.
 */
export interface ServerProbe {
  healthz?: ProbeAnswer;
  appServerInfo?: ProbeAnswer;
  models?: ProbeAnswer;
  root?: ProbeAnswer;
}

export type ServerKind =
  | { kind: "letta-code-app-server"; protocolVersion?: number; needsToken: boolean; openaiApi: boolean }
  | { kind: "openai-compatible"; modelIds: string[] }
  | { kind: "web-server"; title?: string }
  | { kind: "unknown" };

/** The paths the probe asks, relative to the connection's URL. */
export const PROBE_PATHS = {
  healthz: "healthz",
  appServerInfo: "app-server-info",
  models: "v1/models",
  root: "",
} as const satisfies Record<keyof ServerProbe, string>;

const NEEDS_V1_SERVER =
  "The ADE needs a server with Letta's V1 API: a self-hosted Letta 0.16.x (pip install letta==0.16.8, or the Docker image letta/letta:0.16.8) or Letta Cloud.";

/** The oldest release line with the V1 API the ADE speaks; below it a server is refused, not just flagged. */
export const OLDEST_V1_LINE = "0.16.0";

function json(answer: ProbeAnswer | undefined): unknown {
  if (!answer || answer.status !== 200) return undefined;
  try {
    return JSON.parse(answer.body) as unknown;
  } catch {
    return undefined;
  }
}

function field(value: unknown, key: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

function modelIds(answer: ProbeAnswer | undefined): string[] | undefined {
  const list = json(answer);
  const data = field(list, "data");
  if (field(list, "object") !== "list" || !Array.isArray(data)) return undefined;
  return data.map((model) => field(model, "id")).filter((id): id is string => typeof id === "string");
}

const isHtml = (answer: ProbeAnswer | undefined) =>
  answer !== undefined &&
  (answer.contentType.toLowerCase().includes("text/html") || /^\s*<(!doctype html|html)/i.test(answer.body));

/** The page's `<title>` as plain text, short. */
export function htmlTitle(body: string): string | undefined {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(body);
  const title = match?.[1]
    ?.replace(/<[^>]*>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (!title) return undefined;
  return title.length > 80 ? `${title.slice(0, 79)}…` : title;
}

/** Names the server from what it answered to the probe. Pure. */
export function classifyServer(probe: ServerProbe): ServerKind {
  const info = json(probe.appServerInfo);
  const healthy = probe.healthz?.status === 200;
  const models = modelIds(probe.models);
  if (field(info, "type") === "app_server_info_response" || (probe.appServerInfo?.status === 401 && healthy)) {
    const version = field(info, "protocol_version");
    return {
      kind: "letta-code-app-server",
      ...(typeof version === "number" ? { protocolVersion: version } : {}),
      needsToken: probe.appServerInfo?.status === 401,
      openaiApi: models !== undefined,
    };
  }
  if (models !== undefined) return { kind: "openai-compatible", modelIds: models };
  if (isHtml(probe.root)) {
    const title = probe.root ? htmlTitle(probe.root.body) : undefined;
    return { kind: "web-server", ...(title ? { title } : {}) };
  }
  return { kind: "unknown" };
}

/** What to tell the user about a server the probe named, or undefined when it could not tell. */
export function describeServer(kind: ServerKind, baseUrl: string): ConnectionProblem | undefined {
  switch (kind.kind) {
    case "letta-code-app-server": {
      const protocol = kind.protocolVersion === undefined ? "" : ` (protocol version ${kind.protocolVersion})`;
      const openai = kind.openaiApi
        ? " Its OpenAI-style /v1/models serves agents as models, which is not Letta's agent API either."
        : "";
      return {
        kind: "unsupported",
        found: "Letta Code's app server",
        message: `${baseUrl} is Letta Code's app server${protocol}, not a Letta V1 API server: it speaks its own WebSocket protocol at /ws and has no /v1/agents.${openai}`,
        hint: NEEDS_V1_SERVER,
      };
    }
    case "openai-compatible": {
      const count = kind.modelIds.length;
      const example = kind.modelIds[0] ? `, such as ${kind.modelIds[0]}` : "";
      return {
        kind: "not_letta",
        found: "OpenAI-compatible model server, not Letta",
        message: `${baseUrl} is an OpenAI-compatible model server (${count} ${count === 1 ? "model" : "models"}${example}), not a Letta server: it has no /v1/health/ and no /v1/agents.`,
        hint: `Point the ADE at the Letta server itself; a model server is added to Letta as a provider. ${NEEDS_V1_SERVER}`,
      };
    }
    case "web-server":
      return {
        kind: "not_letta",
        found: "Web server, not Letta",
        message: `${baseUrl} is a web server that serves HTML pages${kind.title ? ` ("${kind.title}")` : ""}, not Letta's API: it has no /v1/health/.`,
        hint: `Check the URL (host, port and any path prefix). ${NEEDS_V1_SERVER}`,
      };
    case "unknown":
      return undefined;
  }
}

/** Letta older than the V1 line the ADE speaks: refused with its version, not probed further. */
export function describeOldLetta(version: string): ConnectionProblem {
  return {
    kind: "unsupported",
    found: "older than 0.16",
    message: `This server runs Letta ${version}, older than 0.16: the ADE speaks Letta's V1 API as served by 0.16.7 and newer.`,
    hint: `Upgrade the server to Letta 0.16.8 (the last release of the V1 server), or use Letta Cloud.`,
  };
}
