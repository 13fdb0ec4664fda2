/** A download name for an agent's file: the agent's name with only safe characters, ending in `.af`. */
export function agentFileName(agentName: string): string {
  const base = agentName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\w.-]+/g, "_")
    .replace(/^[._-]+|[._-]+$/g, "")
    .slice(0, 100);
  return `${base || "agent"}.af`;
}
