/**
 * Programmatic API of the local Letta stack (PostgreSQL + pgvector, scripted model server, Letta),
 * for the CLI (`npm run stack:up`) and the Playwright global setup.
 */
export { configFromEnv, stackPaths } from "./config";
export { stackDown, stackUp, stopComponent, wipe } from "./stack";
