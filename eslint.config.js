// A small rule set that catches real mistakes; `npm test` runs it (scripts/lint.mjs).
import js from "@eslint/js";
import drizzle from "eslint-plugin-drizzle";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", ".next/", ".open-next/", ".wrangler/", "test-results/", "playwright-report/", "next-env.d.ts", "public/",
    // written by `wrangler types`
    "app/app-env.d.ts", "workers/core/core-env.d.ts"] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // An intentionally unused binding says so with a leading underscore; `{ a, ...rest }` strips `a`.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true, caughtErrors: "none" }],
      // French typography puts narrow no-break spaces before « ; : ! ? » and inside numbers, in
      // strings, templates and text alike; elsewhere in the code they are still refused.
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipJSXText: true, skipComments: true }],
      // `interface CloudflareEnv extends AppEnv {}` is how a global interface is merged with ours.
      "@typescript-eslint/no-empty-object-type": ["error", { allowInterfaces: "with-single-extends" }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { drizzle },
    rules: {
      // A delete or update without a where clause empties or rewrites a whole table. Our drizzle
      // clients are always called `db` (db/client.ts's createDb), which keeps other .delete()s out.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db"] }],
    },
  },
  // Code shipped to tablets and finder pages checks its data with zod/mini: the full zod adds about
  // 90 KB of gzip JavaScript to every page that imports it (issue 15's /display budget).
  {
    files: ["app/display/**/*.{ts,tsx}", "app/rooms/_live/**/*.ts"],
    ignores: ["**/*.test.ts", "**/*.test-helper.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "zod", message: "Browser code imports zod/mini (bundle size, issue 15)." }],
        // createTranslator parses ICU at run time: about 9 KB more gzip for the tablet (docs/decisions/019-icu-catalogues-with-use-intl.md).
        patterns: [{ group: ["@/i18n/translate", "use-intl", "use-intl/*"], message: "The tablet's words come precompiled through app/display/_i18n.ts (i18n/tablet.ts), not from the runtime translator." }],
      }],
    },
  },
  // The scripts, bench and public/live script run in Node or the browser, untyped.
  { files: ["**/*.{js,mjs,cjs}"], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
