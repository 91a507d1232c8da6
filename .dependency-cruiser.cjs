// The layers of docs/architecture.md, checked by `npm test` (scripts/lint.mjs).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "workers/domain/ holds the rules as pure functions with an injected clock: it reads no database, " +
        "no Durable Object, no RPC area, no use case, no email, no page, no drizzle and no cloudflare:* module.",
      severity: "error",
      from: { path: "^workers/domain/" },
      to: { path: "^(db/|workers/(objects|core|use-cases|app)/|emails/|app/|node_modules/drizzle-orm/)|^cloudflare:" },
    },
    {
      name: "no-app-from-workers-or-emails",
      comment:
        "The core worker and the emails never reach into the Next.js app. The one exception is the app " +
        "worker's router (workers/app/), which renders the app's page components by design: it is the " +
        "app's own entry, not the core.",
      severity: "error",
      from: { path: "^(workers|emails)/", pathNot: "^workers/app/" },
      to: { path: "^app/" },
    },
    {
      name: "catalogues-stand-alone",
      comment:
        "i18n/ (the message catalogues and their translator) is read by the app, the emails and the core " +
        "alike, so it reaches into none of them: only the pure domain (the Lang type).",
      severity: "error",
      from: { path: "^i18n/", pathNot: "\\.test\\.ts$" },
      to: { path: "^(app|workers/(objects|core|use-cases|app)|emails|db)/" },
    },
    {
      name: "no-standins-or-e2e-in-deployed-code",
      comment: "standins/ and e2e/ exist only on a developer's machine and in CI; nothing deployed may import them.",
      severity: "error",
      from: { path: "^(app|i18n|workers|db|emails)/", pathNot: "\\.test\\.tsx?$|\\.test-helper\\.ts$|^workers/test/" },
      to: { path: "^(standins|e2e)/" },
    },
    {
      name: "no-circular",
      comment: "A cycle means two modules each own half of one thing.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^(node_modules|\\.next|\\.open-next|\\.wrangler)/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".d.ts"],
    },
  },
};
