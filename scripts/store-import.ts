// `npm run store:import [-- --from <folder>]`: imports a data folder written by a release before the store
// (JSON files) into the ADE's store — the embedded one in ADE_DATA_DIR, or ADE_DATABASE_URL's Postgres.
// The ADE does this by itself the first time a store opens; this command is for a second folder, or to run
// it again (nothing is added twice). With the embedded store, stop the ADE first (one process per store).
import path from "node:path";
import { closeStore, store } from "@/lib/store";
import { dataDir } from "@/lib/store/data-folder";
import { importDataFolder } from "@/lib/store/import/data-folder";

const flag = process.argv.indexOf("--from");
const from = path.resolve(flag >= 0 && process.argv[flag + 1] ? process.argv[flag + 1]! : dataDir());

try {
  const { db, target } = await store();
  const report = await importDataFolder(db, from);
  console.log(`Imported ${from} into ${target.label}:`);
  for (const [kind, count] of Object.entries(report)) if (kind !== "skipped") console.log(`  ${kind}: ${count}`);
  for (const skipped of report.skipped) console.log(`  skipped (unreadable, as before the store): ${skipped}`);
} catch (error) {
  console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await closeStore();
}
