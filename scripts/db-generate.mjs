// Writes the next additive migration from db/schema (drizzle-kit compares with the last snapshot).
// Migrations already applied anywhere, even a teammate's local .wrangler state, are never rewritten.
import { run } from "./run.mjs";

const name = process.argv[2] ?? "change";
await run("npx", ["drizzle-kit", "generate", "--name", name]);
