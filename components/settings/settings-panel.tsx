import { ErrorPanel } from "@/components/error-panel";
import { listServerModels } from "@/lib/letta/models";
import { load } from "@/lib/load-result";
import { LazySettingsEditor as SettingsEditor } from "./settings-editor-lazy";

/** The agent's settings panel: the server's models load here; the settings come prefetched with the page. */
export async function SettingsPanel({ agentId }: { agentId: string }) {
  const models = await load(() => listServerModels());
  if (!models.ok) return <ErrorPanel title="Could not load the server's models" error={models.error} />;
  // Without prefetched settings, the editor asks from the browser and shows the reason if that fails too.
  return (
    <SettingsEditor
      agentId={agentId}
      initial={undefined}
      models={models.data.models}
      embeddings={models.data.embeddings}
    />
  );
}
