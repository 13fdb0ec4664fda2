// Runs once when an ADE server process starts: a malformed ADE_DATABASE_URL stops it with a clear message;
// otherwise the store is opened (and migrated) in the background, so a database that is down only holds up
// what needs it (lib/store/README.md). The agent watch starts carrying turns relayed by the other ADE servers.
// Experiments that were running when the ADE stopped are resumed.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startStore } = await import("@/lib/store/start");
  await startStore();
  // Watch messages are carried from the start, not from this server's first viewer: a turn another server
  // relays before then would reach its viewers here only at its end (lib/watch/hub.ts).
  const { watchHub } = await import("@/lib/watch/hub");
  void watchHub()
    .listen()
    .catch((error: unknown) => console.error("watch: could not listen to the other ADE servers yet:", error));
  const { resumeExperiments } = await import("@/lib/evals/runner/runner");
  void resumeExperiments().catch((error: unknown) => console.error("evals: could not resume experiments:", error));
}
