import { z } from "zod";
import type { AgentFile } from "./schema";

/** The characters Letta 0.16.8 accepts in an agent name (letta/schemas/agent.py, validate_name). */
const AGENT_NAME_PATTERN = /^[\p{L}\p{M}\p{N}_ '-]+$/u;

const AGENT_NAME_RULE = "Use only letters, digits, spaces, hyphens, underscores and apostrophes.";

/** Why Letta would refuse this name, or null when it is fine. */
export function agentNameProblem(name: string): string | null {
  if (name.trim() === "") return "Give the agent a name.";
  if (name.length > 200) return "Keep the name under 200 characters.";
  return AGENT_NAME_PATTERN.test(name) ? null : `Letta does not accept "${name}" as an agent name. ${AGENT_NAME_RULE}`;
}

export const agentNameSchema = z
  .string()
  .trim()
  .superRefine((name, context) => {
    const problem = agentNameProblem(name);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

/** Names in the file Letta would refuse — after creating the file's tools and blocks. */
export function fileNameProblems(file: AgentFile): string[] {
  return file.agents.flatMap((agent) => {
    const problem = agent.name ? agentNameProblem(agent.name) : null;
    return problem ? [problem] : [];
  });
}
