"use client";

import { usePathname, useRouter } from "next/navigation";
import { useCommand } from "@/components/shortcuts/registry";
import { compareWithHref } from "./compare-with-link";

const AGENT_PAGE = /^\/agents\/(?!new$)([^/]+)$/;

/** The palette's "Compare with…" on an agent's page: the pair picker with this agent as A. */
export function CompareCommand() {
  const pathname = usePathname();
  const router = useRouter();
  const agentId = AGENT_PAGE.exec(pathname)?.[1] ?? null;
  useCommand({
    id: "agent.compare",
    title: "Compare with…",
    group: "Agent",
    keywords: ["compare", "diff", "clone", "versus"],
    enabled: agentId !== null,
    run: () => {
      if (agentId) router.push(compareWithHref(decodeURIComponent(agentId)));
    },
  });
  return null;
}
