/** The app's own view types for memory, shared by lib/letta (which builds them) and the browser. */

export interface BlockAgentRef {
  id: string;
  name: string;
}

export interface MemoryBlock {
  id: string;
  label: string;
  description: string;
  value: string;
  limit: number;
  readOnly: boolean;
  /** Every agent the block is attached to (more than one: a shared block). */
  agents: BlockAgentRef[];
}

export interface Passage {
  id: string;
  text: string;
  tags: string[];
  createdAt: string | null;
}

export interface PassagePage {
  passages: Passage[];
  /** Cursor for older passages, or null on the last page. */
  nextBefore: string | null;
}

export interface PassageSearchHit {
  id: string;
  text: string;
  tags: string[];
  timestamp: string;
  /** 1-based rank in the server's answer, most relevant first. */
  rank: number;
  /** The server's relevance score for the query. */
  score: number;
}

export interface ArchiveSummary {
  id: string;
  name: string;
  description: string | null;
}

export interface AgentArchives {
  attached: ArchiveSummary[];
  available: ArchiveSummary[];
}

interface ContextSection {
  key: string;
  label: string;
  tokens: number;
}

export interface ContextOverview {
  maxTokens: number;
  currentTokens: number;
  sections: ContextSection[];
  /** Parts of the context the server's answer gives no figure for (left out of the chart, not shown as zero). */
  unreported: string[];
  messageCount: number;
  archivalCount: number;
  recallCount: number;
  /** Core memory blocks in the context with their character counts (the server counts tokens only for core memory as a whole). */
  blocks: { label: string; characters: number }[];
  /** Files open in the agent's context (`folder/file`) with the characters of each the agent sees. */
  openFiles: { name: string; characters: number }[];
}
