import { createDb, type Db } from "../../db/client";
import { loadClock, type AppClock } from "./clock";
import { AppError } from "../errors";
import { readConfig, type Config } from "./config";

/** What every use case gets: validated config, a drizzle client, the application clock, bindings. */
export interface CoreContext {
  env: CoreEnv;
  config: Config;
  db: Db;
  clock: AppClock;
}

/** Built once per RPC call: the clock offset can change between calls (dev clock). */
export async function createContext(env: CoreEnv): Promise<CoreContext> {
  const config = readConfig(env);
  const db = createDb(env.DB);
  return { env, config, db, clock: await loadClock(db, config.devTools) };
}

/** For dev tools only (outbox, clock, demo data): answers 404 unless DEV_TOOLS=1. */
export async function createDevContext(env: CoreEnv): Promise<CoreContext> {
  const ctx = await createContext(env);
  if (!ctx.config.devTools) throw new AppError("dev_tools_disabled");
  return ctx;
}
