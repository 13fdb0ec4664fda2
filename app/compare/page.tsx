import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import { AgentPairPicker } from "@/components/compare/agent-pair-picker";
import { CompareView } from "@/components/compare/compare-view";
import { compareSideQuery } from "@/lib/compare/queries";
import { idSchema } from "@/lib/ids";
import { getCompareSide } from "@/lib/letta/agent-compare";
import { load } from "@/lib/load-result";

export const metadata: Metadata = { title: "Compare agents" };
export const dynamic = "force-dynamic";

function agentIdParam(value: string | string[] | undefined): string | null {
  const parsed = idSchema.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : null;
}

/** `/compare?a=<id>&b=<id>`: two agents side by side; without both, the pair picker (with `a` chosen, if given). */
export default async function ComparePage(props: PageProps<"/compare">) {
  const params = await props.searchParams;
  const a = agentIdParam(params.a);
  const b = agentIdParam(params.b);
  if (!a || !b) {
    const [first, second] = await Promise.all(
      [a, b].map((id) => (id ? load(() => getCompareSide(id)) : Promise.resolve(null))),
    );
    const picked = (side: typeof first) => (side?.ok ? { id: side.data.agentId, name: side.data.name } : null);
    const missing = [first, second].flatMap((side) => (side && !side.ok ? [side.error.message] : []));
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">Compare agents</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Choose two agents to see their settings, system prompt, memory blocks, tools and tool rules side by side,
          differences first.
        </p>
        <AgentPairPicker
          initialA={picked(first)}
          initialB={picked(second)}
          missing={missing.length > 0 ? missing.join(" ") : null}
        />
      </div>
    );
  }
  // Both agents load on the server with the same queryOptions the view uses; a failed read is left out, and
  // the view asks again and shows the reason.
  const queryClient = new QueryClient();
  await Promise.all(
    [a, b].map((id) => queryClient.prefetchQuery({ ...compareSideQuery(id), queryFn: () => getCompareSide(id) })),
  );
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <CompareView a={a} b={b} />
    </HydrationBoundary>
  );
}
