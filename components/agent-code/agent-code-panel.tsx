"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { agentSnippets, codeLanguages, type CodeLanguage } from "@/lib/agent-code/snippets";
import { CodeBlock } from "./code-block";
import { agentCodeQuery } from "@/lib/agent-code/queries";
import { Button } from "@/components/ui/button";

/** The agent page's Code panel: TypeScript, Python and curl that recreate this agent as it is now, and talk to it. */
export function AgentCodePanel({ agentId }: { agentId: string }) {
  const [language, setLanguage] = useState<CodeLanguage>("typescript");
  const query = useQuery(agentCodeQuery(agentId));
  const current = codeLanguages.find((entry) => entry.id === language) ?? codeLanguages[0];

  return (
    <div className="space-y-3">
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        Code that creates a copy of this agent as it is now (model and settings, prompt, memory blocks, tools, tool
        rules, sleep-time, tags), then a message sent to this agent with its reply streamed. Keys are never shown: set
        LETTA_API_KEY.
      </p>
      <div role="group" aria-label="Language" className="flex gap-1 text-xs">
        {codeLanguages.map((entry) => (
          <Button
            key={entry.id}
            variant={entry.id === language ? "primary" : "secondary"}
            size="sm"
            aria-pressed={entry.id === language}
            onClick={() => setLanguage(entry.id)}
          >
            {entry.label}
          </Button>
        ))}
      </div>
      {query.isPending ? (
        <p role="status" className="text-xs">
          Loading the agent…
        </p>
      ) : query.isError ? (
        <p role="alert" className="text-xs text-red-700 dark:text-red-400">
          Could not read the agent: {query.error.message}
        </p>
      ) : (
        <Snippets spec={query.data} language={language} label={current?.label ?? language} />
      )}
    </div>
  );
}

function Snippets({
  spec,
  language,
  label,
}: {
  spec: Parameters<typeof agentSnippets>[0];
  language: CodeLanguage;
  label: string;
}) {
  const snippets = agentSnippets(spec, language);
  return (
    <div className="space-y-3">
      <CodeBlock title={`${label} that creates the agent`} code={snippets.create} />
      <CodeBlock title={`${label} that sends a message`} code={snippets.message} />
    </div>
  );
}
