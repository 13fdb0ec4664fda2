import { curlSnippets } from "./curl";
import { pythonSnippets } from "./python";
import type { AgentCodeSnippets, AgentCodeSpec } from "./spec";
import { typescriptSnippets } from "./typescript";

export type CodeLanguage = "typescript" | "python" | "curl";

export const codeLanguages: { id: CodeLanguage; label: string; file: string }[] = [
  { id: "typescript", label: "TypeScript", file: "agent.mts" },
  { id: "python", label: "Python", file: "agent.py" },
  { id: "curl", label: "curl", file: "agent.sh" },
];

export function agentSnippets(spec: AgentCodeSpec, language: CodeLanguage): AgentCodeSnippets {
  if (language === "python") return pythonSnippets(spec);
  if (language === "curl") return curlSnippets(spec);
  return typescriptSnippets(spec);
}
