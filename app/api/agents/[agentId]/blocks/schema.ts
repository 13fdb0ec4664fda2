import { z } from "zod";
import { createBlockSchema } from "@/app/api/blocks/schema";
import { idSchema } from "@/lib/ids";

/** Either a new block to create and attach, or an existing block (from the library) to attach. */
export const addBlockSchema = z.union([z.object({ blockId: idSchema }), createBlockSchema]);
