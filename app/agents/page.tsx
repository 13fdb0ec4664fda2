import type { Metadata } from "next";
import { AgentList } from "@/components/agents/agent-list";
import { ImportAgentFile } from "@/components/agent-files/import-agent-file";
import { ErrorPanel } from "@/components/error-panel";
import { isFiltered, parseListQuery } from "@/lib/agents/list-query";
import { hasAnyAgent, listAgents } from "@/lib/letta/agents";
import { listTags } from "@/lib/letta/tags";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Agents" };
export const dynamic = "force-dynamic";

export default async function AgentsPage(props: PageProps<"/agents">) {
  const query = parseListQuery(await props.searchParams);
  const result = await load(async () => {
    const [firstPage, tags] = await Promise.all([listAgents(query), listTags()]);
    const serverHasAgents = firstPage.agents.length > 0 || (isFiltered(query) && (await hasAnyAgent()));
    return { firstPage, tags, serverHasAgents };
  });
  if (!result.ok) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">Agents</h1>
        <ErrorPanel title="Could not load agents" error={result.error} />
      </div>
    );
  }
  const { firstPage, tags, serverHasAgents } = result.data;
  return (
    <AgentList
      query={query}
      firstPage={firstPage}
      tagsInUse={tags}
      serverHasAgents={serverHasAgents}
      importer={<ImportAgentFile />}
    />
  );
}
