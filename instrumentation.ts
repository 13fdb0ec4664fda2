// Runs once when an ADE server process starts: a malformed ADE_DATABASE_URL stops it with a clear message;
// otherwise the store is opened (and migrated) in the background, so a database that is down only holds up
// what needs it (lib/store/README.md). Experiments that were running when the ADE stopped are resumed.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startStore } = await import("@/lib/store/start");
  await startStore();
  const { resumeExperiments } = await import("@/lib/evals/runner/runner");
  void resumeExperiments().catch((error: unknown) => console.error("evals: could not resume experiments:", error));
}
