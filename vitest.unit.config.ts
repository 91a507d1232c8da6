import { defineConfig } from "vitest/config";

// Pure code (domain state machines, evidence chain, email rendering, i18n): plain Node, fast.
export default defineConfig({
  // `@/…` is the repository root (tsconfig.json paths), as in every other build.
  resolve: { tsconfigPaths: true },
  test: {
    include: ["i18n/**/*.test.ts", "workers/**/*.test.ts", "emails/**/*.test.{ts,tsx}", "app/**/*.test.{ts,tsx}", "db/**/*.test.ts", "standins/**/*.test.ts", "scripts/**/*.test.ts"],
    exclude: ["**/*.worker.test.ts", "node_modules/**"],
  },
});
