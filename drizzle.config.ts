import { defineConfig } from "drizzle-kit";

// Generating migrations needs no database: `npm run db:generate` after a schema change.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
