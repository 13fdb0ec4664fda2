import { stackDown } from "../scripts/stack";
import { stackConfig } from "./global-setup";

export default async function globalTeardown() {
  if (process.env.E2E_REUSE_STACK === "1") return;
  await stackDown(stackConfig());
}
