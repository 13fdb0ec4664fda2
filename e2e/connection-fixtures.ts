import type { APIRequestContext } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { createServer } from "node:net";
import { test as base, expect } from "./fixtures";
import { runAction } from "./server-actions";
import { adeBaseUrl } from "./test-stack";

interface PublicConnection {
  id: string;
  name: string;
  kind: string;
  baseUrl: string;
  projectId: string | null;
  hasSecret: boolean;
  readOnly: boolean;
}

export interface ConnectionList {
  connections: PublicConnection[];
  activeId: string;
}

export async function listConnections(request: APIRequestContext): Promise<ConnectionList> {
  const response = await request.get("/api/connections");
  expect(response.ok()).toBe(true);
  return (await response.json()) as ConnectionList;
}

/** Saves a connection through the ADE's server action (force: even when its check fails). */
export async function saveConnection(connection: {
  name: string;
  baseUrl: string;
  secret?: string;
}): Promise<PublicConnection> {
  const saved = await runAction<{ connection: PublicConnection }>(adeBaseUrl, "createConnectionAction", {
    connection: { kind: "self-hosted", ...connection },
    force: true,
  });
  return saved.connection;
}

/** A port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export const uniqueName = (label: string) => `e2e-${label}-${randomUUID().slice(0, 8)}`;

/** Removes every connection a test saved (their names start with `e2e-`). */
export const test = base.extend<{ cleanConnections: void }>({
  cleanConnections: [
    async ({ request }, use) => {
      await use();
      const { connections } = await listConnections(request);
      for (const connection of connections) {
        if (connection.name.startsWith("e2e-"))
          await runAction(adeBaseUrl, "removeConnectionAction", { id: connection.id });
      }
    },
    { auto: true },
  ],
});

export { expect };
