import { getCloudflareContext } from "@opennextjs/cloudflare";

/**
 * The app's only door to data: the typed service binding to the core worker.
 * Usage: `const data = unwrap(await (await core()).portal().publicList({ lang }))`.
 */
export async function core(): Promise<CoreService> {
  const { env } = await getCloudflareContext({ async: true });
  return env.CORE;
}

/** The service binding itself; what the app worker's router hands its handlers and pages (c.env.CORE). */
export type CoreService = AppEnv["CORE"];

// Results and errors live apart from the binding lookup, so code that runs before OpenNext can use them.
export { unwrap } from "./core-result";

