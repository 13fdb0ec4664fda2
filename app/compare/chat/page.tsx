import type { Metadata } from "next";
import { AbChat } from "@/components/ab-chat/ab-chat";
import { PickAgents } from "@/components/ab-chat/pick-agents";
import { ErrorPanel } from "@/components/error-panel";
import { readPairTests } from "@/lib/ab-chat/tests";
import type { AbAgent, PairTests } from "@/lib/ab-chat/types";
import { AppError } from "@/lib/errors";
import { idSchema } from "@/lib/ids";
import { abChatServerKey, findAbAgent } from "@/lib/letta/ab-chat";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "A/B chat" };

/** `/compare/chat?a=…&b=…`: one message to two agents, both replies side by side. */
export default async function AbChatPage(props: PageProps<"/compare/chat">) {
  const params = await props.searchParams;
  const a = idSchema.safeParse(params.a);
  const b = idSchema.safeParse(params.b);
  if (!a.success || !b.success)
    return (
      <PickAgents problem="The A/B chat needs two agents, A and B: pick them, or open /compare/chat?a=<agent id>&b=<agent id>." />
    );
  if (a.data === b.data) return <PickAgents problem="A and B are the same agent: pick two different agents." />;
  let loaded: [AbAgent | null, AbAgent | null, PairTests];
  try {
    loaded = await Promise.all([
      findAbAgent(a.data),
      findAbAgent(b.data),
      abChatServerKey().then((server) => readPairTests(server, a.data, b.data)),
    ]);
  } catch (error) {
    if (error instanceof AppError) return <ErrorPanel title="Could not load the agents" error={error.toJSON()} />;
    throw error;
  }
  const [agentA, agentB, saved] = loaded;
  if (!agentA || !agentB) {
    const unknown = [!agentA ? `A (${a.data})` : null, !agentB ? `B (${b.data})` : null].filter(Boolean);
    return <PickAgents problem={`This server has no agent ${unknown.join(" and no agent ")}.`} />;
  }
  return <AbChat a={agentA} b={agentB} saved={saved} />;
}
