import { advanceClock } from "../use-cases/advance-clock";
import { crashNoticeClock } from "../use-cases/crash-notice-clock";
import { forgetAllRateLimits } from "../use-cases/forget-all-rate-limits";
import { getBoardStates } from "../use-cases/get-board-states";
import { getDemoSeedStatus } from "../use-cases/get-demo-seed-status";
import { publishBenchNotice } from "../use-cases/publish-bench-notice";
import { readAppClock } from "../use-cases/read-app-clock";
import { seedBench } from "../use-cases/seed-bench";
import { seedDemoData } from "../use-cases/seed-demo-data";
import { advanceClockInput, crashNoticeClockInput, orgIdInput, seedBenchInput } from "./dev.schema";
import { mutation, query, rpcArea } from "./procedure";

/** Dev tools: the application clock and demo data. Every method answers 404 unless DEV_TOOLS=1. */
export const DevApi = rpcArea({
  clock: query({ access: "dev", run: (ctx) => readAppClock(ctx) }),
  advanceClock: mutation({ access: "dev", input: advanceClockInput, run: (ctx, input) => advanceClock(ctx, input.advanceDays) }),
  seedDemo: mutation({ access: "dev", run: (ctx) => seedDemoData(ctx) }),
  /** Bench data and device tokens for `npm run bench`. */
  seedBench: mutation({ access: "dev", input: seedBenchInput, run: (ctx, input) => seedBench(ctx, input) }),
  boardStates: query({ access: "dev", input: orgIdInput, run: (ctx, input) => getBoardStates(ctx, input.orgId) }),
  /** Drafts and publishes one notice as the demo admin, for the fan-out benchmark. */
  publishBenchNotice: mutation({ access: "dev", run: (ctx) => publishBenchNotice(ctx) }),
  forgetRateLimits: mutation({ access: "dev", run: (ctx) => forgetAllRateLimits(ctx) }),
  crashNoticeClock: mutation({ access: "dev", input: crashNoticeClockInput, run: (ctx, input) => crashNoticeClock(ctx, input) }),
  seedStatus: query({ access: "dev", run: (ctx) => getDemoSeedStatus(ctx) }),
});
