export { settingsPatchSchema } from "@/lib/agents/settings";
