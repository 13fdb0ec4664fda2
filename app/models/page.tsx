import type { Metadata } from "next";
import { ErrorPanel } from "@/components/error-panel";
import { ModelsManager } from "@/components/providers/models-manager";
import { modelsOverview } from "@/lib/letta/model-catalog";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Models" };
export const dynamic = "force-dynamic";

export default async function ModelsPage() {
  const overview = await load(() => modelsOverview());
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Models</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          What the connected Letta server offers, by provider. Providers come from the server&apos;s environment or are
          added here at run time (no restart): a key or a local model server (Ollama, vLLM, LM Studio, any
          OpenAI-compatible endpoint). Keys stay on the servers: this page only learns whether one is set.
        </p>
      </div>
      {overview.ok ? (
        <ModelsManager initial={overview.data} />
      ) : (
        <ErrorPanel title="Could not load the server's models" error={overview.error} />
      )}
    </div>
  );
}
