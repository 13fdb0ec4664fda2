import { defineConfig } from "drizzle-kit";

// `npx drizzle-kit generate` turns the schema files into SQL migrations (lib/store/README.md).
export default defineConfig({
  dialect: "postgresql",
  schema: "./lib/store/schema/*.ts",
  out: "./lib/store/migrations",
});
