import { randomUUID } from "node:crypto";

/**
 * What an idle agent page asks of the ADE now, without a browser: its one watch stream (read and
 * discarded) and the server status badge's poll every 15 s. Lets the bench hold 50 "tabs" on 2 cores.
 */
export function simulatedTab(baseUrl: string, agentId: string) {
  const abort = new AbortController();
  const tab = randomUUID().replaceAll("-", "");
  void fetch(`${baseUrl}/api/agents/${agentId}/watch?tab=${tab}`, { signal: abort.signal })
    .then(async (answer) => {
      const reader = answer.body?.getReader();
      if (reader) for (;;) if ((await reader.read()).done) break;
    })
    .catch(() => undefined);
  const status = setInterval(
    () =>
      void fetch(`${baseUrl}/api/server-status`, { signal: abort.signal }).then(
        (answer) => answer.text(),
        () => "",
      ),
    15_000,
  );
  return {
    close() {
      clearInterval(status);
      abort.abort();
    },
  };
}
