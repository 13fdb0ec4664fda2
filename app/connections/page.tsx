import type { Metadata } from "next";
import { ConnectionsManager } from "@/components/connections/connections-manager";
import { ErrorPanel } from "@/components/error-panel";
import { AppError } from "@/lib/errors";
import { listConnections } from "@/lib/connections/manage";
import type { ConnectionList } from "@/lib/connections/types";
import { activeConnection } from "@/lib/letta/connection";

export const metadata: Metadata = { title: "Connections" };
export const dynamic = "force-dynamic";

export default async function ConnectionsPage() {
  let list: ConnectionList | undefined;
  let error: AppError | undefined;
  try {
    list = await listConnections((await activeConnection()).id);
  } catch (caught) {
    if (!(caught instanceof AppError)) throw caught;
    error = caught;
  }
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Connections</h1>
      {list ? <ConnectionsManager initial={list} /> : null}
      {error ? <ErrorPanel title="Could not load the connections" error={error.toJSON()} /> : null}
    </div>
  );
}
