/** Kinds of Letta server a connection can point at. */
export const connectionKinds = ["self-hosted", "cloud"] as const;
export type ConnectionKind = (typeof connectionKinds)[number];

export const LETTA_CLOUD_URL = "https://api.letta.com";
export const ENV_CONNECTION_ID = "env";

/** What the browser may know of a connection: never the password or API key, only whether one is set. */
export interface PublicConnection {
  id: string;
  name: string;
  kind: ConnectionKind;
  baseUrl: string;
  projectId: string | null;
  hasSecret: boolean;
  /** The connection from the ADE's environment: shown, used, never edited or removed here. */
  readOnly: boolean;
}

export interface ConnectionList {
  connections: PublicConnection[];
  activeId: string;
}

type ConnectionProblemKind =
  | "invalid_url"
  | "unreachable"
  | "timeout"
  | "tls"
  | "unauthorized"
  | "forbidden"
  | "wrong_path"
  | "not_letta"
  | "unsupported"
  | "outdated"
  | "server_error";

/** A failed check, in words a person can act on. */
export interface ConnectionProblem {
  kind: ConnectionProblemKind;
  message: string;
  hint: string;
  /** A corrected server URL, when the entered one looks like it carries a wrong path. */
  suggestedUrl?: string;
  /** What the server turned out to be, in a few words ("Letta Code's app server"), when it is not a usable Letta. */
  found?: string;
}

export type ConnectionCheck =
  | { ok: true; baseUrl: string; version: string; checkedAt: string }
  | { ok: false; baseUrl: string; version?: string; problem: ConnectionProblem; checkedAt: string };

export const CORS_NOTE =
  "CORS settings do not matter here: your browser only talks to the ADE, and the ADE's server talks to Letta.";

export type ServerStatus = { connectionId: string; connectionName: string; baseUrl: string } & (
  | { state: "connected"; version: string; outdated: boolean; minimumVersion: string }
  | {
      /** `unsupported`: the server answers, but is not a Letta the ADE can use (another product, too old). */
      state: "unauthorized" | "unreachable" | "unsupported" | "error";
      version?: string;
      problem: ConnectionProblemKind;
      message: string;
      hint: string;
      found?: string;
    }
);

/** What saving a connection answers: the saved connection, or null when the check failed and nothing was saved. */
export interface SaveResult {
  connection: PublicConnection | null;
  check: ConnectionCheck | null;
}
