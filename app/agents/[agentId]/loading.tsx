import { PageLoading } from "@/components/boundaries/page-loading";

export default function AgentLoading() {
  return <PageLoading what="the agent" />;
}
