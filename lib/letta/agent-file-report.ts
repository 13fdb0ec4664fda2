import "server-only";
import type { ImportedAgentState, ImportedFolderState } from "@/lib/agent-files/import-state";
import type Letta from "@letta-ai/letta-client";
import { withLetta } from "./client";

/** How many files of one folder the report reads (files past it are not shown). */
const MAX_FILES_PER_FOLDER = 200;

async function folderState(
  client: Letta,
  folder: {
    id: string;
    name: string;
    embedding_config: { handle?: string | null; embedding_endpoint?: string | null };
  },
): Promise<ImportedFolderState> {
  const files = await client.folders.files.list(folder.id, { limit: MAX_FILES_PER_FOLDER });
  return {
    id: folder.id,
    name: folder.name,
    embeddingHandle: folder.embedding_config.handle ?? null,
    embeddingEndpoint: folder.embedding_config.embedding_endpoint ?? null,
    files: files.getPaginatedItems().map((file) => ({
      id: file.id,
      name: file.original_file_name ?? file.file_name ?? file.id,
      status: file.processing_status ?? "pending",
      error: file.error_message ?? null,
      chunksEmbedded: file.chunks_embedded ?? null,
      totalChunks: file.total_chunks ?? null,
    })),
  };
}

/** What the server holds of the imported agents, for the import report (polled while files are processed). */
export async function importedAgentsState(agentIds: readonly string[]): Promise<ImportedAgentState[]> {
  return withLetta((client) =>
    Promise.all(
      agentIds.map(async (agentId): Promise<ImportedAgentState> => {
        const [agent, folders] = await Promise.all([
          client.agents.retrieve(agentId, { include: ["agent.blocks", "agent.tools", "agent.managed_group"] }),
          client.agents.folders.list(agentId, { limit: 50 }),
        ]);
        const group = agent.managed_group ?? agent.multi_agent_group ?? null;
        return {
          id: agent.id,
          name: agent.name,
          agentType: agent.agent_type,
          enableSleeptime: agent.enable_sleeptime === true,
          model: agent.llm_config.handle ?? agent.llm_config.model,
          embedding: agent.embedding_config?.handle ?? agent.embedding_config?.embedding_model ?? null,
          embeddingEndpoint: agent.embedding_config?.embedding_endpoint ?? null,
          blocks: agent.blocks.map((block) => ({
            label: block.label ?? "",
            value: block.value,
            limit: block.limit ?? 0,
            readOnly: block.read_only ?? false,
          })),
          tools: agent.tools.map((tool) => ({
            name: tool.name ?? tool.id,
            toolType: tool.tool_type ?? null,
            sourceCode: tool.source_code ?? null,
          })),
          toolRules: (agent.tool_rules ?? []).map((rule) => ({ type: rule.type ?? "", toolName: rule.tool_name })),
          inContextMessageCount: agent.message_ids?.length ?? 0,
          group: group
            ? {
                id: group.id,
                managerType: group.manager_type,
                agentIds: group.agent_ids,
                managerAgentId: group.manager_agent_id ?? null,
              }
            : null,
          folders: await Promise.all(folders.getPaginatedItems().map((folder) => folderState(client, folder))),
        };
      }),
    ),
  );
}
