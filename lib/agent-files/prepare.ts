import type { AgentFile, AgentFileAgent, AgentFileMessage } from "./schema";

export interface PrepareOptions {
  /** New name for the file's first agent; agents named after it (`<name>-sleeptime`) follow. */
  name?: string;
  /** Leave the conversation out, keeping only the system message. */
  stripMessages?: boolean;
  /** Switch sleep-time on for the main agent of each sleep-time group in the file. */
  enableSleeptime?: boolean;
}

/** The file's sleep-time groups: Letta runs their agents after the manager agent's turns. */
export function sleeptimeGroups(file: AgentFile) {
  return file.groups.filter(
    (group) => group.manager_config?.manager_type === "sleeptime" && group.manager_config.manager_agent_id,
  );
}

/**
 * Readies an agent file for Letta 0.16.8's importer, which applies `name` to every agent in the file,
 * ignores `strip_messages`, and creates an agent without in-context messages that then fails on its
 * first turn ("has no in-context messages") — which is what a file exported without messages gives.
 *
 * Letta exports `enable_sleeptime: false` even for an agent with a sleep-time group, and imports it so:
 * the group comes back but never runs. Its importer keeps `enable_sleeptime: true` from the file (and adds
 * no tools for it, as exports say `include_base_tools: false`), so `enableSleeptime` sets it in the file.
 * The group's sleep-time agent is named after its main agent, `<name>-sleeptime`, as Letta names one it makes.
 */
export function prepareForImport(file: AgentFile, options: PrepareOptions = {}): AgentFile {
  const renameOthers = renamer(file, options.name);
  const managers = new Map(sleeptimeGroups(file).map((group) => [group.manager_config?.manager_agent_id, group]));
  const sleeptimeNames = new Map<string, string>();
  for (const [managerId, group] of managers) {
    const manager = file.agents.find((agent) => agent.id === managerId);
    const managerName = renameOthers(manager?.name);
    if (!managerName) continue;
    for (const agentId of group.agent_ids) sleeptimeNames.set(agentId, `${managerName}-sleeptime`);
  }
  const rename = (agent: AgentFileAgent) => sleeptimeNames.get(agent.id) ?? renameOthers(agent.name);
  let nextMessageNumber = highestMessageNumber(file) + 1;
  const agents = file.agents.map((agent): AgentFileAgent => {
    let messages = agent.messages ?? [];
    let inContext = agent.in_context_message_ids ?? [];
    if (options.stripMessages) {
      const system = systemMessageInContext(messages, inContext);
      messages = system ? [system] : [];
      inContext = system ? [system.id] : [];
    }
    if (inContext.length === 0) {
      const system: AgentFileMessage = {
        id: `message-${nextMessageNumber++}`,
        role: "system",
        content: [{ type: "text", text: agent.system ?? "" }],
      };
      messages = [system, ...messages];
      inContext = [system.id];
    }
    const sleeptime = options.enableSleeptime && managers.has(agent.id) ? { enable_sleeptime: true } : {};
    return { ...agent, ...sleeptime, name: rename(agent), messages, in_context_message_ids: inContext };
  });
  return { ...file, agents };
}

function renamer(
  file: AgentFile,
  name: string | undefined,
): (current: string | null | undefined) => string | null | undefined {
  const newName = name?.trim();
  const oldName = file.agents[0]?.name;
  if (!newName) return (current) => current;
  return (current) => {
    if (current === oldName) return newName;
    if (oldName && current?.startsWith(`${oldName}-`)) return `${newName}${current.slice(oldName.length)}`;
    return current;
  };
}

function systemMessageInContext(messages: AgentFileMessage[], inContext: string[]): AgentFileMessage | undefined {
  const first = messages.find((message) => message.id === inContext[0]);
  return first?.role === "system" ? first : undefined;
}

function highestMessageNumber(file: AgentFile): number {
  let highest = -1;
  for (const agent of file.agents) {
    for (const message of agent.messages ?? [])
      highest = Math.max(highest, Number(message.id.slice("message-".length)));
  }
  return highest;
}
