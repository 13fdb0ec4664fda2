import { z } from "zod";

/** A file-local id such as `agent-0`: Letta rejects any other form before importing anything. */
function fileId(prefix: string) {
  return z.string().regex(new RegExp(`^${prefix}-\\d+$`), `must look like "${prefix}-0"`);
}

const idList = z.array(z.string()).nullish();

const messageSchema = z.looseObject({
  id: fileId("message"),
  role: z.string(),
});

const embeddingConfigSchema = z.looseObject({
  embedding_model: z.string().nullish(),
  handle: z.string().nullish(),
  embedding_endpoint: z.string().nullish(),
});

const agentSchema = z.looseObject({
  id: fileId("agent"),
  name: z.string().nullish(),
  agent_type: z.string().nullish(),
  system: z.string().nullish(),
  llm_config: z.looseObject({ model: z.string().nullish(), handle: z.string().nullish() }).nullish(),
  embedding_config: embeddingConfigSchema.nullish(),
  enable_sleeptime: z.boolean().nullish(),
  tool_rules: z.array(z.looseObject({ type: z.string(), tool_name: z.string() })).nullish(),
  messages: z.array(messageSchema).optional(),
  in_context_message_ids: z.array(z.string()).optional(),
  block_ids: idList,
  tool_ids: idList,
  source_ids: idList,
  files_agents: z.array(z.looseObject({ file_id: z.string(), source_id: z.string() })).optional(),
});

const blockSchema = z.looseObject({ id: fileId("block"), label: z.string(), value: z.string() });
const toolSchema = z.looseObject({
  id: fileId("tool"),
  name: z.string().nullish(),
  tool_type: z.string().nullish(),
  source_code: z.string().nullish(),
});
const groupSchema = z.looseObject({
  id: fileId("group"),
  agent_ids: z.array(z.string()),
  manager_config: z
    .looseObject({
      manager_type: z.string(),
      manager_agent_id: z.string().nullish(),
      sleeptime_agent_frequency: z.number().nullish(),
    })
    .optional(),
});
const fileSchema = z.looseObject({
  id: fileId("file"),
  source_id: z.string(),
  file_name: z.string().nullish(),
  original_file_name: z.string().nullish(),
  content: z.string().nullish(),
});
const sourceSchema = z.looseObject({
  id: fileId("source"),
  name: z.string(),
  embedding_config: embeddingConfigSchema.nullish(),
});
const mcpServerSchema = z.looseObject({ id: fileId("mcp_server"), server_name: z.string(), server_type: z.string() });

/** The shape of Letta's AgentFileSchema (letta/schemas/agent_file.py) that an import depends on. */
export const agentFileSchema = z.looseObject({
  agents: z.array(agentSchema).min(1, "the file holds no agents"),
  groups: z.array(groupSchema),
  blocks: z.array(blockSchema),
  files: z.array(fileSchema),
  sources: z.array(sourceSchema),
  tools: z.array(toolSchema),
  mcp_servers: z.array(mcpServerSchema),
  skills: z.array(z.looseObject({ name: z.string() })).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
});

export type AgentFile = z.infer<typeof agentFileSchema>;
export type AgentFileAgent = AgentFile["agents"][number];
export type AgentFileMessage = NonNullable<AgentFileAgent["messages"]>[number];
