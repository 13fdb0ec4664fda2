/**
 * Programmatic API of the local Letta stack (PostgreSQL + pgvector, scripted model server, Letta),
 * for the CLI (`npm run stack:up`) and the Playwright global setup.
 */
export { configFromEnv, stackPaths, urls, type Env, type StackConfig, type StackConfigOverrides } from "./config";
export {
  stackDown,
  stackStatus,
  stackUp,
  stopComponent,
  wipe,
  type ComponentStatus,
  type Report,
  type StackInfo,
} from "./stack";
export { StackError } from "./errors";
