import "server-only";
import type Letta from "@letta-ai/letta-client";
import { buildBlockTimeline, type RecordedChange } from "@/lib/memory/attribution";
import type { ChangeAuthor, MemoryTimeline } from "@/lib/memory/changes";
import { readAdeEdits, type AdeBlockEdit } from "@/lib/memory/edit-log";
import { observeBlocks, readSnapshots } from "@/lib/memory/snapshots";
import { MEMORY_TOOLS, toolEffect } from "@/lib/memory/tool-effects";
import { withLetta } from "./client";

/** How many recent messages of each agent's history are read for memory tool calls. */
const HISTORY_MESSAGES = 300;
/** Other agents sharing this agent's blocks whose histories are read too (each costs requests). */
const MAX_OTHER_AGENTS = 5;

type AgentAuthor = Extract<ChangeAuthor, { agentId: string }>;

interface AuthorHistory {
  author: AgentAuthor;
  /** Block id by label, in this author's memory. */
  blocks: Map<string, string>;
  changes: RecordedChange[];
  /** The oldest message read, when older ones were left unread. */
  historyFrom: string | null;
}

function returnText(value: unknown): string {
  if (typeof value === "string") return value;
  if (Array.isArray(value))
    return value
      .map((part: unknown) =>
        typeof part === "object" && part !== null && "text" in part && typeof part.text === "string" ? part.text : "",
      )
      .join("");
  return "";
}

/** The memory tool calls in one agent's recent history, as changes of the blocks they name. */
async function readAuthorHistory(
  client: Letta,
  author: AgentAuthor,
  blocks: Map<string, string>,
): Promise<AuthorHistory> {
  const page = await client.agents.messages.list(author.agentId, { limit: HISTORY_MESSAGES, order: "desc" });
  const messages = page.getPaginatedItems().reverse();
  const returns = new Map<string, { text: string; status: "success" | "error" }>();
  for (const message of messages) {
    if (message.message_type !== "tool_return_message") continue;
    const list = message.tool_returns?.length
      ? message.tool_returns
      : [{ tool_call_id: message.tool_call_id, tool_return: message.tool_return, status: message.status }];
    for (const item of list)
      returns.set(item.tool_call_id, { text: returnText(item.tool_return), status: item.status });
  }
  const changes: RecordedChange[] = [];
  for (const message of messages) {
    if (message.message_type !== "tool_call_message") continue;
    const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [message.tool_call];
    for (const call of calls) {
      if (!call.name || !call.tool_call_id || !MEMORY_TOOLS.includes(call.name)) continue;
      const result = returns.get(call.tool_call_id);
      const effect = toolEffect({
        name: call.name,
        arguments: call.arguments ?? "",
        returned: result?.text ?? null,
        status: result?.status ?? null,
      });
      const blockId = effect ? blocks.get(effect.label) : undefined;
      if (!effect || !blockId) continue;
      changes.push({
        id: `${author.agentId}:${call.tool_call_id}`,
        blockId,
        label: effect.label,
        at: message.date,
        author,
        source: "tool-call",
        tool: call.name,
        toolCallId: call.tool_call_id,
        runId: message.run_id ?? null,
        stepId: message.step_id ?? null,
        outcome: effect.outcome,
        summary: effect.summary,
        error: effect.error,
        before: effect.before,
        after: effect.after,
        notes: effect.notes,
      });
    }
  }
  const full = messages.length >= HISTORY_MESSAGES;
  return { author, blocks, changes, historyFrom: full ? (messages[0]?.date ?? null) : null };
}

function adeChange(edit: AdeBlockEdit, index: number): RecordedChange {
  const created = edit.kind === "create";
  const summary = created
    ? `created the block with ${edit.characters} characters`
    : edit.before !== null && edit.before === edit.after
      ? "saved the block's settings; the value is unchanged"
      : `saved ${edit.characters} characters${edit.overwroteServerChange ? ", overwriting a change made on the server (kept the user's version)" : ""}`;
  return {
    id: `ade:${edit.blockId}:${index}`,
    blockId: edit.blockId,
    label: edit.label,
    at: edit.at,
    author: { kind: "ade-user" },
    source: created ? "ade-create" : "ade-save",
    tool: null,
    toolCallId: null,
    runId: null,
    stepId: null,
    outcome: "applied",
    summary,
    error: null,
    before: edit.before,
    after: edit.after,
    notes: edit.after === null ? ["This save was logged before the ADE kept values, so its diff is not known."] : [],
  };
}

function labelMap(blocks: readonly { id?: string | null; label?: string | null }[]): Map<string, string> {
  return new Map(blocks.flatMap((block) => (block.id && block.label ? [[block.label, block.id] as const] : [])));
}

/**
 * Each of the agent's blocks with its history, newest first: memory tool calls of the agent, its
 * sleep-time agents and other agents sharing its blocks (matched to blocks by label in each agent's
 * memory), the ADE's own saves, and changes seen between the ADE's snapshots that none of these explains.
 */
export async function getMemoryTimeline(agentId: string): Promise<MemoryTimeline> {
  return withLetta(async (client, connection) => {
    const agent = await client.agents.retrieve(agentId, { include: ["agent.managed_group", "agent.blocks"] });
    const blocks = agent.blocks.flatMap((block) =>
      block.id ? [{ id: block.id, label: block.label ?? "", value: block.value }] : [],
    );
    await observeBlocks(connection.id, blocks);

    const groupIds = new Set((agent.managed_group?.agent_ids ?? []).filter((id) => id !== agentId));
    const sharers = await Promise.all(
      blocks.map(async (block) =>
        (await client.blocks.agents.list(block.id, { limit: 50 })).getPaginatedItems().map((other) => other.id),
      ),
    );
    const otherIds = [...new Set(sharers.flat())]
      .filter((id) => id !== agentId && !groupIds.has(id))
      .slice(0, MAX_OTHER_AGENTS);
    const helpers = await Promise.all(
      [...groupIds, ...otherIds].map(async (id) => {
        const helper = await client.agents.retrieve(id, { include: ["agent.blocks"] });
        const kind = groupIds.has(id) ? ("sleep-time agent" as const) : ("other agent" as const);
        return { author: { kind, agentId: id, agentName: helper.name }, blocks: labelMap(helper.blocks) };
      }),
    );
    const histories = await Promise.all(
      [
        { author: { kind: "agent" as const, agentId, agentName: agent.name }, blocks: labelMap(agent.blocks) },
        ...helpers,
      ].map(({ author, blocks: byLabel }) => readAuthorHistory(client, author, byLabel)),
    );

    const blockIds = blocks.map((block) => block.id);
    const [edits, snapshots] = await Promise.all([
      readAdeEdits(connection.id, new Set(blockIds)),
      readSnapshots(connection.id, blockIds),
    ]);
    const historyFrom = histories
      .map((history) => history.historyFrom)
      .reduce<string | null>((latest, from) => (from && (!latest || from > latest) ? from : latest), null);
    const adeChanges = edits.map(adeChange);
    return {
      blocks: blocks
        .map((block) => {
          const kept = snapshots.get(block.id) ?? [];
          return {
            blockId: block.id,
            label: block.label,
            watchedSince: kept[0]?.firstSeen ?? null,
            changes: buildBlockTimeline({
              blockId: block.id,
              label: block.label,
              changes: [...histories.flatMap((history) => history.changes), ...adeChanges].filter(
                (change) => change.blockId === block.id,
              ),
              snapshots: kept,
              historyFrom,
            }),
          };
        })
        .sort((a, b) => a.label.localeCompare(b.label)),
      sources: histories.map((history) => ({ ...history.author, historyFrom: history.historyFrom })),
    };
  });
}
