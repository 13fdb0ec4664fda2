export { groupUpdateSchema } from "@/lib/groups/manager-config";
