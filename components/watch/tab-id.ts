let id: string | null = null;

/** This tab's id for the agent watch: the server does not send a tab the turn it streams itself. */
export function tabId(): string {
  id ??= crypto.randomUUID().replaceAll("-", "");
  return id;
}
