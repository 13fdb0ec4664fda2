import type { AgentFile, AgentFileAgent, AgentFileMessage } from "./schema";

export interface PrepareOptions {
  /** New name for the file's first agent; agents named after it (`<name>-sleeptime`) follow. */
  name?: string;
  /** Leave the conversation out, keeping only the system message. */
  stripMessages?: boolean;
}

/**
 * Readies an agent file for Letta 0.16.8's importer, which applies `name` to every agent in the file,
 * ignores `strip_messages`, and creates an agent without in-context messages that then fails on its
 * first turn ("has no in-context messages") — which is what a file exported without messages gives.
 */
export function prepareForImport(file: AgentFile, options: PrepareOptions = {}): AgentFile {
  const rename = renamer(file, options.name);
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
    return { ...agent, name: rename(agent.name), messages, in_context_message_ids: inContext };
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
