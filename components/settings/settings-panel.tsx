import { ErrorPanel } from "@/components/error-panel";
import { getAgentSettings, type AgentSettingsView } from "@/lib/letta/agent-settings";
import { listServerModels } from "@/lib/letta/models";
import { load } from "@/lib/load-result";
import { LazySettingsEditor as SettingsEditor } from "./settings-editor-lazy";

/** The agent's settings panel: loads the settings and the server's models on the server (reads only). */
export async function SettingsPanel({ agentId }: { agentId: string }) {
  const [models, settings] = await Promise.all([load(() => listServerModels()), load(() => getAgentSettings(agentId))]);
  if (!models.ok) return <ErrorPanel title="Could not load the server's models" error={models.error} />;
  const initial: AgentSettingsView | undefined = settings.ok ? settings.data : undefined;
  // Without the settings, the editor asks again from the browser and shows the reason if that fails too.
  return (
    <SettingsEditor
      agentId={agentId}
      initial={initial}
      models={models.data.models}
      embeddings={models.data.embeddings}
    />
  );
}
