// Nothing is deployed yet, so the schema lives in one initial migration: regenerate it whole.
// Once a database is deployed, switch to additive migrations (drizzle-kit generate) and delete this.
import { rmSync } from "node:fs";
import { run } from "./run.mjs";

rmSync("db/migrations", { recursive: true, force: true });
await run("npx", ["drizzle-kit", "generate", "--name", "init"]);
