import type { Metadata } from "next";
import { ErrorPanel } from "@/components/error-panel";
import { ModelTable } from "@/components/models/model-table";
import { AppError } from "@/lib/errors";
import { groupByProvider, listServerModels, type ServerModels } from "@/lib/letta/models";

export const metadata: Metadata = { title: "Models" };
export const dynamic = "force-dynamic";

export default async function ModelsPage() {
  let models: ServerModels;
  try {
    models = await listServerModels();
  } catch (error) {
    if (error instanceof AppError)
      return <ErrorPanel title="Could not load the server's models" error={error.toJSON()} />;
    throw error;
  }
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold">Models</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          What the connected Letta server offers, by provider. Providers come from the server&apos;s environment (for
          the local stack: the keys set when it started).
        </p>
      </div>
      <ModelTable
        title="Chat models"
        groups={groupByProvider(models.models)}
        columns={["Handle", "Name", "Context window"]}
        row={(model) => [model.handle, model.name, model.contextWindow.toLocaleString("en")]}
      />
      <ModelTable
        title="Embedding models"
        groups={groupByProvider(models.embeddings)}
        columns={["Handle", "Name", "Dimensions"]}
        row={(embedding) => [embedding.handle, embedding.name, String(embedding.dimensions)]}
      />
    </div>
  );
}
