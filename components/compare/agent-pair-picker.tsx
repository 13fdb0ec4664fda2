"use client";

import { useQuery } from "@tanstack/react-query";
import Form from "next/form";
import { useState } from "react";
import { agentSearchQuery } from "@/lib/agents/queries";
import { AgentCombobox, type PickedAgent } from "./agent-combobox";
import { suggestPartners } from "./suggest-partners";
import { Button } from "@/components/ui/button";

const NEWEST_LIMIT = 8;
const CLONES_LIMIT = 20;

/** The agents to offer as B: A's clones (by name) first, then the newest agents. */
function usePartnerSuggestions(a: PickedAgent | null): PickedAgent[] {
  const clones = useQuery({ ...agentSearchQuery(a?.name ?? "", CLONES_LIMIT), enabled: a !== null });
  const newest = useQuery(agentSearchQuery("", NEWEST_LIMIT));
  return suggestPartners(a, clones.data?.agents ?? [], newest.data?.agents ?? []);
}

/** Two comboboxes (agent A, agent B), a swap button and "Compare", which opens `/compare?a=…&b=…`. */
export function AgentPairPicker({
  initialA,
  initialB = null,
  missing = null,
}: {
  initialA: PickedAgent | null;
  initialB?: PickedAgent | null;
  /** Why an agent named in the URL could not be loaded. */
  missing?: string | null;
}) {
  const [a, setA] = useState<PickedAgent | null>(initialA);
  const [b, setB] = useState<PickedAgent | null>(initialB);
  const suggestionsForB = usePartnerSuggestions(a);
  const suggestionsForA = usePartnerSuggestions(null).filter((agent) => agent.id !== b?.id);
  const same = a !== null && b !== null && a.id === b.id;
  return (
    <Form
      action="/compare"
      aria-label="Choose two agents"
      className="max-w-3xl space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      {missing ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The agent to compare could not be loaded: {missing}
        </p>
      ) : null}
      <div className="grid items-end gap-3 sm:grid-cols-[1fr_auto_1fr]">
        <AgentCombobox
          label="Agent A"
          value={a}
          onChange={setA}
          suggestions={suggestionsForA}
          suggestionsLabel="Newest agents"
        />
        <Button
          variant="secondary"
          onClick={() => {
            setA(b);
            setB(a);
          }}
        >
          <span aria-hidden="true">⇄ </span>Swap A and B
        </Button>
        <AgentCombobox
          label="Agent B"
          value={b}
          onChange={setB}
          suggestions={suggestionsForB}
          suggestionsLabel={a ? `Clones of ${a.name}, then the newest agents` : "Newest agents"}
        />
      </div>
      {a ? <input type="hidden" name="a" value={a.id} /> : null}
      {b ? <input type="hidden" name="b" value={b.id} /> : null}
      {same ? (
        <p role="status" className="text-sm text-zinc-600 dark:text-zinc-400">
          Choose two different agents.
        </p>
      ) : null}
      <Button variant="primary" type="submit" disabled={a === null || b === null || same}>
        Compare
      </Button>
    </Form>
  );
}
