"use server";

import { runAction } from "@/lib/actions/run-action";
import { chosenConnectionId, forgetActiveConnection, rememberActiveConnection } from "./active-cookie";
import { createConnection, removeConnection, requireConnection, testConnection, updateConnection } from "./manage";
import { checkConnectionInput, connectionIdInput, saveConnectionSchema, updateConnectionInput } from "./schema";

/** Checks and saves a connection; `{connection: null, check}` when the check failed and nothing was saved. */
export async function createConnectionAction(input: unknown) {
  return runAction(saveConnectionSchema, input, ({ connection, force }) =>
    createConnection(connection, force ?? false),
  );
}

/** Checks and saves changes; `{connection: null, check}` when the check failed and nothing was saved. */
export async function updateConnectionAction(input: unknown) {
  return runAction(updateConnectionInput, input, ({ id, connection, force }) =>
    updateConnection(id, connection, force ?? false),
  );
}

export async function removeConnectionAction(input: unknown) {
  return runAction(connectionIdInput, input, async ({ id }) => {
    await removeConnection(id);
    if ((await chosenConnectionId()) === id) await forgetActiveConnection();
    return null;
  });
}

/** Tests a connection as the form describes it (or a saved one), without saving anything. */
export async function checkConnectionAction(input: unknown) {
  return runAction(checkConnectionInput, input, ({ connection, id }) => testConnection(connection, id));
}

/** Switches this browser to another connection (a cookie; allowed in demo mode). */
export async function activateConnectionAction(input: unknown) {
  return runAction(connectionIdInput, input, async ({ id }) => {
    const connection = await requireConnection(id);
    await rememberActiveConnection(connection.id);
    return { activeId: connection.id };
  });
}
