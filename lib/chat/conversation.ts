/** One of an agent's conversations, as the browser sees it. The agent's own history is `null`. */
export interface ConversationView {
  id: string;
  name: string;
  createdAt: string | null;
}
