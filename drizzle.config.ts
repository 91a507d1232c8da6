import { defineConfig } from "drizzle-kit";

// drizzle-kit writes SQL migrations; wrangler applies them (`wrangler d1 migrations apply`).
export default defineConfig({
  dialect: "sqlite",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
});
