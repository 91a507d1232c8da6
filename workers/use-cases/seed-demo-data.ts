import type { CoreContext } from "../core/context";
import { seedDemo } from "./seed-demo";
import { seedDemoRooms } from "./seed-demo-rooms";

/** Both halves of the demo (the portal, then the rooms); seeded is true when either was new. */
export async function seedDemoData(ctx: CoreContext): Promise<{ seeded: boolean }> {
  const portal = await seedDemo(ctx);
  const rooms = await seedDemoRooms(ctx);
  return { seeded: portal.seeded || rooms.seeded };
}
