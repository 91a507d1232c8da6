import { RpcTarget } from "cloudflare:workers";
import { getSetting } from "../../db/queries/settings";
import { toResult } from "../errors";
import { advanceClock } from "../use-cases/advance-clock";
import { DEMO_SEEDED, seedDemo } from "../use-cases/seed-demo";
import { DEMO_ROOMS_SEEDED, seedDemoRooms } from "../use-cases/seed-demo-rooms";
import { createDevContext } from "./context";
import { advanceClockInput } from "./dev.schema";

/** Dev tools: the application clock and demo data. Every method answers 404 unless DEV_TOOLS=1. */
export class DevApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  clock() {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      return { offsetMs: ctx.clock.offsetMs, offsetDays: ctx.clock.offsetMs / 86_400_000, now: ctx.clock.now() };
    });
  }

  advanceClock(input: unknown) {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const { advanceDays } = advanceClockInput.parse(input);
      return advanceClock(ctx, advanceDays);
    });
  }

  seedDemo() {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const portal = await seedDemo(ctx);
      const rooms = await seedDemoRooms(ctx);
      return { seeded: portal.seeded || rooms.seeded };
    });
  }

  seedStatus() {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      return { seeded: (await getSetting(ctx.db, DEMO_SEEDED)) !== undefined && (await getSetting(ctx.db, DEMO_ROOMS_SEEDED)) !== undefined };
    });
  }
}
