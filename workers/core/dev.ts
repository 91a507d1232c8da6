import { RpcTarget } from "cloudflare:workers";
import { forgetRateLimitsBefore } from "../../db/queries/rate-limits";
import { getSetting } from "../../db/queries/settings";
import { toResult } from "../errors";
import { advanceClock } from "../use-cases/advance-clock";
import { DEMO_SEEDED, seedDemo } from "../use-cases/seed-demo";
import { DEMO_ROOMS_SEEDED, seedDemoRooms } from "../use-cases/seed-demo-rooms";
import { createDevContext } from "./context";
import { advanceClockInput, crashNoticeClockInput, orgIdInput, seedBenchInput } from "./dev.schema";
import { noticeClock } from "../objects/notice-clock";
import { orThrow } from "../errors";
import { roomBoard } from "../objects/room-board";
import { seedBench } from "../use-cases/seed-bench";
import { publishBenchNotice } from "../use-cases/publish-bench-notice";

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

  /** Bench data and device tokens for `npm run bench`. */
  seedBench(input: unknown) {
    return toResult(async () => seedBench(await createDevContext(this.env), seedBenchInput.parse(input ?? {})));
  }

  /** An organisation's live board, for the bench's "state afterwards exactly right" check. */
  boardStates(input: unknown) {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      const { orgId } = orgIdInput.parse(input);
      return orThrow(await roomBoard(this.env, orgId).states({ orgId, now: ctx.clock.now() }));
    });
  }

  /** Drafts and publishes one notice as the demo admin, for the fan-out benchmark. */
  publishBenchNotice() {
    return toResult(async () => publishBenchNotice(await createDevContext(this.env)));
  }

  /**
   * Starts every rate limit afresh, as if an hour had passed, without moving the application clock
   * (which would move every notice too). The e2e suite signs the same demo admins in many times.
   */
  forgetRateLimits() {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      return { forgotten: await forgetRateLimitsBefore(ctx.db, Number.MAX_SAFE_INTEGER) };
    });
  }

  /** Makes a notice's clock die at one step boundary of its next transition, as a killed process would. */
  crashNoticeClock(input: unknown) {
    return toResult(async () => {
      await createDevContext(this.env);
      const { noticeId, at } = crashNoticeClockInput.parse(input);
      return orThrow(await noticeClock(this.env, noticeId).crashAt({ at }));
    });
  }

  seedStatus() {
    return toResult(async () => {
      const ctx = await createDevContext(this.env);
      return { seeded: (await getSetting(ctx.db, DEMO_SEEDED)) !== undefined && (await getSetting(ctx.db, DEMO_ROOMS_SEEDED)) !== undefined };
    });
  }
}
