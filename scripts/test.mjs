// `npm test`: every suite, in order of speed, stopping at the first failure.
import "./env.mjs";
import { ensureChromium } from "./ensure-chromium.mjs";
import { lint } from "./lint.mjs";
import { run } from "./run.mjs";

const suites = [
  ["types", () => run("npx", ["tsc", "-p", "."])],
  ["lint", lint],
  ["unit", () => run("npx", ["vitest", "run", "-c", "vitest.unit.config.ts"])],
  ["workerd", () => run("npx", ["vitest", "run", "-c", "vitest.workers.config.ts"])],
  ["build", () => run("npm", ["run", "build"])],
  ["e2e", async () => {
    await ensureChromium();
    await run("npx", ["playwright", "test"]);
  }],
];

let passed = 0;
for (const [name, suite] of suites) {
  console.log(`\n━━ ${name} ━━`);
  try {
    await suite();
    passed++;
  } catch (error) {
    console.error(`\n${name} failed: ${error.message}`);
    console.log(`suites: ${passed} passed, 1 failed`);
    process.exit(1);
  }
}
console.log(`suites: ${passed} passed, 0 failed`);
