import { z } from "zod";
import { createBlockSchema, lettaIdSchema } from "@/app/api/blocks/schema";

/** Either a new block to create and attach, or an existing block (from the library) to attach. */
export const addBlockSchema = z.union([z.object({ blockId: lettaIdSchema }), createBlockSchema]);
