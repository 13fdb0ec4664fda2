// Runs once when an ADE server process starts: a malformed ADE_DATABASE_URL stops it with a clear message;
// otherwise the store is opened (and migrated) in the background, so a database that is down only holds up
// what needs it (lib/store/README.md).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startStore } = await import("@/lib/store/start");
  await startStore();
}
