import type { Metadata } from "next";
import { NotFoundPage } from "@/components/boundaries/not-found-page";

export const metadata: Metadata = { title: "Agent not found" };

export default function AgentNotFound() {
  return (
    <NotFoundPage
      title="Agent not found"
      detail="The connected Letta server has no agent with this id: it may have been deleted, or the address is mistyped."
    />
  );
}
