import { z } from "zod";

export { groupUpdateSchema } from "@/lib/groups/manager-config";

export const groupIdSchema = z
  .string()
  .trim()
  .regex(/^group-[A-Za-z0-9-]+$/, "Not a valid group id");
