import { withIds } from "@/lib/ids";
import { groupUpdateSchema } from "./manager-config";

export const updateGroupInput = withIds(["groupId"], groupUpdateSchema);
