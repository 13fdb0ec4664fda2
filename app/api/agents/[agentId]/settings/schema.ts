export { settingsPatchSchema } from "@/lib/agents/settings";
export { agentIdSchema } from "../schema";
