import { createDb, type Db } from "@/db/client";
import { loadClock, type AppClock } from "./clock";
import { AppError } from "../errors";
import { readConfig, type Config } from "./config";

/** What every use case gets: validated config, a drizzle client, the application clock, bindings. */
export interface CoreContext {
  env: CoreEnv;
  config: Config;
  db: Db;
  clock: AppClock;
  /**
   * Runs work after the answer has gone back (the RPC call's waitUntil). Whatever depends on who
   * an address belongs to (is it subscribed, is it an admin) happens here, so every answer takes
   * the same time whatever the address and timing tells nobody anything.
   */
  afterAnswer(what: string, work: () => Promise<unknown>): void;
}

/** The part of an ExecutionContext the core needs: keeping work alive after the answer. */
export type AfterAnswer = Pick<ExecutionContext, "waitUntil">;

/**
 * Built once per RPC call: the clock offset can change between calls (dev clock). Calls that owe
 * work after their answer pass the call's execution context; without one (Durable Objects, cron),
 * such work still runs, just not tied to a request's lifetime.
 */
export async function createContext(env: CoreEnv, execution?: AfterAnswer): Promise<CoreContext> {
  const config = readConfig(env);
  const db = createDb(env.DB);
  const afterAnswer = (what: string, work: () => Promise<unknown>) => {
    const running = work().catch((error: unknown) => console.error(`${what} failed after the answer`, error));
    if (execution) execution.waitUntil(running);
  };
  return { env, config, db, clock: await loadClock(db, config.devTools), afterAnswer };
}

/** For dev tools only (clock, demo data): answers 404 unless DEV_TOOLS=1. */
export async function createDevContext(env: CoreEnv, execution?: AfterAnswer): Promise<CoreContext> {
  const ctx = await createContext(env, execution);
  if (!ctx.config.devTools) throw new AppError("dev_tools_disabled");
  return ctx;
}
