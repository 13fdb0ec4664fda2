import { z } from "zod";
import { withIds } from "@/lib/ids";

const sleeptimeToggleSchema = z.object({ enabled: z.boolean() });
export const sleeptimeToggleInput = withIds(["agentId"], sleeptimeToggleSchema);

const sleeptimeModelSchema = z.object({ model: z.string().trim().min(1, "Choose a model.").max(300) });
export const sleeptimeModelInput = withIds(["agentId"], sleeptimeModelSchema);
