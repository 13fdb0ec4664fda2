import { z } from "zod";

const agentId = z.string().regex(/^agent-[A-Za-z0-9-]+$/, "Not an agent id");

/** `?agents=agent-…,agent-…`: the imported agents, in the order of the file's agents. */
export const reportQuerySchema = z.object({
  agents: z
    .string()
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(agentId).min(1, "Name at least one agent").max(50)),
});
