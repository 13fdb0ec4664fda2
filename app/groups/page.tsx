import type { Metadata } from "next";
import { ErrorPanel } from "@/components/error-panel";
import { GroupsList } from "@/components/groups/groups-list";
import { AppError } from "@/lib/errors";
import { listGroups } from "@/lib/letta/groups";

export const metadata: Metadata = { title: "Groups" };
export const dynamic = "force-dynamic";

export default async function GroupsPage() {
  let initial: Awaited<ReturnType<typeof listGroups>>;
  try {
    initial = await listGroups();
  } catch (error) {
    if (error instanceof AppError)
      return <ErrorPanel title="Could not load the server's groups" error={error.toJSON()} />;
    throw error;
  }
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-xl font-semibold">Groups</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Every multi-agent group on the server: how it is managed, its agents and its manager config. Sleep-time groups
          are made by Letta when an agent&apos;s sleep-time is switched on.
        </p>
      </div>
      <GroupsList initial={initial} />
    </div>
  );
}
