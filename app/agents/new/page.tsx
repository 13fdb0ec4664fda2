import type { Metadata } from "next";
import { CreateAgentForm } from "@/components/agents/create-agent-form";
import { ErrorPanel } from "@/components/error-panel";
import { groupByProvider, listServerModels } from "@/lib/letta/models";
import { listAttachableTools } from "@/lib/letta/tools";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Create agent" };
export const dynamic = "force-dynamic";

export default async function NewAgentPage(props: PageProps<"/agents/new">) {
  const { template } = await props.searchParams;
  const result = await load(() => Promise.all([listServerModels(), listAttachableTools()]));
  if (!result.ok)
    return <ErrorPanel title="Could not load what the server offers (models, tools)" error={result.error} />;
  const [models, tools] = result.data;
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold">Create agent</h1>
      <CreateAgentForm
        modelGroups={groupByProvider(models.models)}
        embeddingGroups={groupByProvider(models.embeddings)}
        tools={tools}
        initialTemplate={typeof template === "string" ? template : undefined}
      />
    </div>
  );
}
