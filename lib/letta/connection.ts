import "server-only";
import { serverEnv } from "@/lib/env/server";

/** Where and how the ADE's server reaches Letta. The API key never leaves the server. */
export interface LettaConnection {
  id: string;
  name: string;
  baseUrl: string;
  apiKey?: string;
  projectId?: string;
}

/** What the browser may know of a connection. */
export interface PublicConnection {
  id: string;
  name: string;
  baseUrl: string;
}

export function envConnection(): LettaConnection {
  const env = serverEnv();
  return {
    id: "env",
    name: "Default (environment)",
    baseUrl: env.LETTA_BASE_URL,
    apiKey: env.LETTA_API_KEY,
    projectId: env.LETTA_PROJECT_ID,
  };
}

export function activeConnection(): LettaConnection {
  return envConnection();
}

export function toPublicConnection(connection: LettaConnection): PublicConnection {
  return { id: connection.id, name: connection.name, baseUrl: connection.baseUrl };
}
