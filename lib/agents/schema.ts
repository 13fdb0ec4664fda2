import { z } from "zod";
import { agentNameSchema } from "@/lib/agent-files/agent-name";
import { idsOnly, withIds } from "@/lib/ids";
import { createAgentSchema, updateAgentSchema } from "./create-schema";
import { settingsPatchSchema } from "./settings-schema";

export { createAgentSchema };

export const updateAgentInput = withIds(["agentId"], updateAgentSchema);
export const deleteAgentInput = idsOnly("agentId");

const cloneSchema = z.object({
  name: agentNameSchema,
  includeMessages: z.boolean().default(true),
});
export const cloneAgentInput = withIds(["agentId"], cloneSchema);

export const updateSettingsInput = withIds(["agentId"], settingsPatchSchema);
