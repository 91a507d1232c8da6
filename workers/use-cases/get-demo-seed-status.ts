import { getSetting } from "@/db/queries/settings";
import type { CoreContext } from "../core/context";
import { DEMO_SEEDED } from "./seed-demo";
import { DEMO_ROOMS_SEEDED } from "./seed-demo-rooms";

/** Whether both halves of the demo were seeded (`npm start` seeds only what is missing). */
export async function getDemoSeedStatus(ctx: CoreContext): Promise<{ seeded: boolean }> {
  return { seeded: (await getSetting(ctx.db, DEMO_SEEDED)) !== undefined && (await getSetting(ctx.db, DEMO_ROOMS_SEEDED)) !== undefined };
}
