export { updateAgentSchema } from "@/lib/agents/create-schema";
