import { StoreConfigError, storeTarget } from "./config";
import { store } from "./index";

/** Start-up: refuse a malformed ADE_DATABASE_URL, then open and migrate the store without waiting for it. */
export async function startStore(): Promise<void> {
  try {
    storeTarget();
  } catch (error) {
    if (!(error instanceof StoreConfigError)) throw error;
    console.error(`\n✗ ${error.message}\n`);
    process.exit(2);
  }
  store().then(
    ({ target }) => console.log(`The ADE's store: ${target.label}.`),
    (error: unknown) =>
      console.error(
        `${error instanceof Error ? error.message : String(error)} The ADE keeps serving what does not need it.`,
      ),
  );
}
