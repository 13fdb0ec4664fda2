import { z } from "zod";

export const sleeptimeToggleSchema = z.object({ enabled: z.boolean() });

export const sleeptimeModelSchema = z.object({ model: z.string().trim().min(1, "Choose a model.").max(300) });
