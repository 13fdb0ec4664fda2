import "server-only";
import type { Passage as LettaPassage } from "@letta-ai/letta-client/resources/passages";
import type { Archive } from "@letta-ai/letta-client/resources/archives/archives";
import type { AgentArchives, ArchiveSummary, Passage, PassagePage, PassageSearchHit } from "@/lib/memory/types";
import { withLetta } from "./client";

const PASSAGE_PAGE_SIZE = 20;

function toPassage(passage: LettaPassage): Passage {
  return { id: passage.id ?? "", text: passage.text, tags: passage.tags ?? [], createdAt: passage.created_at ?? null };
}

function toArchive(archive: Archive): ArchiveSummary {
  return { id: archive.id, name: archive.name, description: archive.description ?? null };
}

/** One page of the agent's passages, newest first; `before` is the oldest passage id of the previous page. */
export async function listPassages(
  agentId: string,
  before: string | null,
  limit = PASSAGE_PAGE_SIZE,
): Promise<PassagePage> {
  return withLetta(async (client) => {
    const items = await client.agents.passages.list(agentId, { ascending: false, limit: limit + 1, before });
    const passages = items.slice(0, limit).map(toPassage);
    const last = passages.at(-1);
    return { passages, nextBefore: items.length > limit && last ? last.id : null };
  });
}

export async function searchPassages(
  agentId: string,
  query: string,
  tags: string[],
  topK = 10,
): Promise<PassageSearchHit[]> {
  return withLetta(async (client) => {
    // The top-level search reports each passage's relevance score; the agent-scoped one does not.
    const results = await client.passages.search({
      agent_id: agentId,
      query,
      limit: topK,
      ...(tags.length > 0 ? { tags, tag_match_mode: "any" as const } : {}),
    });
    return results.map((result, index) => ({
      id: result.passage.id ?? `result-${index}`,
      text: result.passage.text,
      tags: result.passage.tags ?? [],
      timestamp: result.passage.created_at ?? "",
      rank: index + 1,
      score: result.score,
    }));
  });
}

export async function insertPassage(agentId: string, text: string, tags: string[]): Promise<Passage[]> {
  return withLetta(async (client) => {
    const created = await client.agents.passages.create(agentId, { text, ...(tags.length > 0 ? { tags } : {}) });
    return created.map(toPassage);
  });
}

export async function deletePassage(agentId: string, passageId: string): Promise<void> {
  await withLetta((client) => client.agents.passages.delete(passageId, { agent_id: agentId }));
}

export async function listAgentArchives(agentId: string): Promise<AgentArchives> {
  return withLetta(async (client) => {
    const [attachedPage, allPage] = await Promise.all([
      client.archives.list({ agent_id: agentId, limit: 100 }),
      client.archives.list({ limit: 100 }),
    ]);
    const attached = attachedPage.getPaginatedItems().map(toArchive);
    const attachedIds = new Set(attached.map((archive) => archive.id));
    const available = allPage
      .getPaginatedItems()
      .map(toArchive)
      .filter((archive) => !attachedIds.has(archive.id));
    return { attached, available };
  });
}

export async function attachArchive(agentId: string, archiveId: string): Promise<void> {
  await withLetta((client) => client.agents.archives.attach(archiveId, { agent_id: agentId }));
}

export async function detachArchive(agentId: string, archiveId: string): Promise<void> {
  await withLetta((client) => client.agents.archives.detach(archiveId, { agent_id: agentId }));
}
