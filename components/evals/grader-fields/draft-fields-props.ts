import type { GraderDraft } from "../grader-draft";

/** What each part of the grader form gets: the draft, its errors by path, and a setter. */
export interface DraftFieldsProps {
  draft: GraderDraft;
  errors: Record<string, string>;
  set: (change: Partial<GraderDraft>) => void;
}
