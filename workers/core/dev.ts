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
import { advancedClockOutput, benchNoticeOutput, benchSeedOutput, boardStatesOutput, clockOutput, crashArmedOutput, forgottenOutput, seededOutput } from "./dev-output.schema";
import { mutation, query, rpcArea } from "./procedure";

/** Dev tools: the application clock and demo data. Every method answers 404 unless DEV_TOOLS=1. */
export const DevApi = rpcArea({
  clock: query({ access: "dev", output: clockOutput, run: (ctx) => readAppClock(ctx) }),
  advanceClock: mutation({ access: "dev", input: advanceClockInput, output: advancedClockOutput, run: (ctx, input) => advanceClock(ctx, input.advanceDays) }),
  seedDemo: mutation({ access: "dev", output: seededOutput, run: (ctx) => seedDemoData(ctx) }),
  /** Bench data and device tokens for `npm run bench`. */
  seedBench: mutation({ access: "dev", input: seedBenchInput, output: benchSeedOutput, run: (ctx, input) => seedBench(ctx, input) }),
  boardStates: query({ access: "dev", input: orgIdInput, output: boardStatesOutput, run: (ctx, input) => getBoardStates(ctx, input.orgId) }),
  /** Drafts and publishes one notice as the demo admin, for the fan-out benchmark. */
  publishBenchNotice: mutation({ access: "dev", output: benchNoticeOutput, run: (ctx) => publishBenchNotice(ctx) }),
  forgetRateLimits: mutation({ access: "dev", output: forgottenOutput, run: (ctx) => forgetAllRateLimits(ctx) }),
  crashNoticeClock: mutation({ access: "dev", input: crashNoticeClockInput, output: crashArmedOutput, run: (ctx, input) => crashNoticeClock(ctx, input) }),
  seedStatus: query({ access: "dev", output: seededOutput, run: (ctx) => getDemoSeedStatus(ctx) }),
});
