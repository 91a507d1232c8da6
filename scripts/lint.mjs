// The checkable layers (docs/architecture.md), run by `npm test` and `npm run check` before any
// suite: each names the file and the rule it broke, and what to do about it.
import "./env.mjs";
import { run } from "./run.mjs";

const lints = [
  ["eslint", "eslint.config.js", () => run("npx", ["eslint", "--max-warnings", "0", "--cache", "--cache-location", "node_modules/.cache/eslint/", "."])],
  [
    "layers",
    ".dependency-cruiser.cjs",
    () => run("npx", ["depcruise", "app", "i18n", "workers", "db", "emails", "e2e", "standins", "scripts", "bench", "--config", ".dependency-cruiser.cjs", "--output-type", "err"]),
  ],
  ["dead code", "knip.json", () => run("npx", ["knip", "--no-progress"])],
];

/** Runs every lint; rejects naming the one that failed and the config that holds its rules. */
export async function lint() {
  for (const [name, config, check] of lints) {
    try {
      await check();
    } catch (error) {
      throw new Error(`${name} found problems (listed above; the rules and why they exist are in ${config}): ${error.message}`, { cause: error });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  lint()
    .then(() => console.log("lint: eslint, layers and dead code passed"))
    .catch((error) => {
      console.error(`\n${error.message}`);
      process.exit(1);
    });
}
