import { archivalToolNames, DEFAULT_BLOCK_LIMIT, type CreateAgentInput, type MemoryBlockInput } from "./create-schema";

/** What a template sets; the model and embedding stay as the person chose them. */
export type TemplateValues = Omit<CreateAgentInput, "model" | "embedding">;

export interface AgentTemplate {
  id: string;
  title: string;
  summary: string;
  values: TemplateValues;
}

function block(
  label: string,
  value: string,
  description: string,
  extra: Partial<MemoryBlockInput> = {},
): MemoryBlockInput {
  return { label, value, description, limit: DEFAULT_BLOCK_LIMIT, readOnly: false, ...extra };
}

const defaultPersonaBlock = block(
  "persona",
  "I am a helpful assistant. I keep my memory up to date with what I learn about the person I talk to.",
  "The agent's persona: who it is and how it behaves.",
);

const defaultHumanBlock = block("human", "", "What the agent knows about the person it talks to.");

export const blankValues: TemplateValues = {
  name: "",
  description: "",
  agentType: "letta_v1_agent",
  blocks: [defaultPersonaBlock, defaultHumanBlock],
  includeBaseTools: true,
  toolNames: [],
  enableSleeptime: false,
  tags: [],
};

export const agentTemplates: AgentTemplate[] = [
  {
    id: "companion",
    title: "Companion",
    summary: "A friendly conversational partner that remembers you (persona and human memory).",
    values: {
      ...blankValues,
      name: "companion",
      description: "A warm companion that remembers what you tell it.",
      blocks: [
        block(
          "persona",
          "I am Sam, a warm and curious companion. I remember what matters to the person I talk to and bring it up when it helps.",
          "The agent's persona: who it is and how it behaves.",
        ),
        block("human", "", "What the agent knows about the person it talks to: name, interests, preferences."),
      ],
      tags: ["companion"],
    },
  },
  {
    id: "support",
    title: "Support agent",
    summary: "Answers customer questions from a read-only policy block and keeps notes on the customer.",
    values: {
      ...blankValues,
      name: "support-agent",
      description: "Answers customer support questions following the company policies.",
      blocks: [
        block(
          "persona",
          "I am a patient, precise support agent. I answer from the policies, say when I do not know, and never promise what the policies do not allow.",
          "How the support agent behaves.",
        ),
        block("human", "", "The customer: name, account, the problem so far."),
        block(
          "policies",
          "Refunds within 30 days of purchase. Escalate billing disputes to a human. Never share another customer's data.",
          "Company policies the agent follows. Edited by people, not the agent.",
          { readOnly: true },
        ),
      ],
      tags: ["support"],
    },
  },
  {
    id: "research",
    title: "Research agent",
    summary: "Collects findings in archival memory and searches them later (archival tools attached).",
    values: {
      ...blankValues,
      name: "research-agent",
      description: "Researches a topic and files what it finds in archival memory.",
      blocks: [
        block(
          "persona",
          "I am a careful research assistant. I store every finding with its source in archival memory and search it before answering.",
          "How the research agent works.",
        ),
        block("human", "", "The person's research goals and preferences."),
        block("research_plan", "", "The current research question and the steps planned or done."),
      ],
      toolNames: [...archivalToolNames],
      tags: ["research"],
    },
  },
  {
    id: "sleeptime",
    title: "Sleep-time memory",
    summary: "A companion whose memory is reorganised in the background by a sleep-time agent.",
    values: {
      ...blankValues,
      name: "sleeptime-agent",
      description: "Its sleep-time agent refines its memory between conversations.",
      blocks: [
        block(
          "persona",
          "I am a thoughtful assistant whose memory improves between our conversations.",
          "The agent's persona.",
        ),
        block("human", "", "What the agent knows about the person it talks to."),
      ],
      enableSleeptime: true,
      tags: ["sleeptime"],
    },
  },
];

export function findTemplate(id: string): AgentTemplate | undefined {
  return agentTemplates.find((template) => template.id === id);
}
