import { RpcTarget } from "cloudflare:workers";
import { getSetting } from "../../db/queries/settings";
import { AppError, toResult } from "../errors";
import { advanceClock } from "../use-cases/advance-clock";
import { DEMO_SEEDED, seedDemo } from "../use-cases/seed-demo";
import { createContext, type CoreContext } from "./context";
import { advanceClockInput } from "./dev.schema";

/** Dev tools: the application clock and demo data. Every method answers 404 unless DEV_TOOLS=1. */
export class DevApi extends RpcTarget {
  constructor(private readonly env: CoreEnv) {
    super();
  }

  private async devContext(): Promise<CoreContext> {
    const ctx = await createContext(this.env);
    if (!ctx.config.devTools) throw new AppError("dev_tools_disabled");
    return ctx;
  }

  clock() {
    return toResult(async () => {
      const ctx = await this.devContext();
      return { offsetMs: ctx.clock.offsetMs, offsetDays: ctx.clock.offsetMs / 86_400_000, now: ctx.clock.now() };
    });
  }

  advanceClock(input: unknown) {
    return toResult(async () => {
      const ctx = await this.devContext();
      const { advanceDays } = advanceClockInput.parse(input);
      return advanceClock(ctx, advanceDays);
    });
  }

  seedDemo() {
    return toResult(async () => seedDemo(await this.devContext()));
  }

  seedStatus() {
    return toResult(async () => {
      const ctx = await this.devContext();
      return { seeded: (await getSetting(ctx.db, DEMO_SEEDED)) !== undefined };
    });
  }
}
