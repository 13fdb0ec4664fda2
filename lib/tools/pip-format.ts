import type { PipRequirement } from "./pip";

/** One requirement per line (no zod here: the tools page loads the checks in pip.ts once the text is edited). */
export function formatPipRequirements(requirements: readonly PipRequirement[]): string {
  return requirements
    .map((requirement) => (requirement.version ? `${requirement.name}==${requirement.version}` : requirement.name))
    .join("\n");
}
