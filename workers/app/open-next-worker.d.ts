// The worker OpenNext builds into .open-next/worker.js (aliased as "open-next-worker" in
// wrangler.toml and tsconfig.json); it only exists after `npm run build`.
declare const handler: ExportedHandler<AppEnv> & { fetch: NonNullable<ExportedHandler<AppEnv>["fetch"]> };
export default handler;
