import { z } from "zod";
import { crashPoints } from "../use-cases/notice-clock-store";

export const advanceClockInput = z.object({
  advanceDays: z.number().int("advanceDays must be a whole number of days").min(1).max(400),
});

/** The data `npm run bench` measures against (issue 4): sizes bounded so a typo cannot fill a disk. Sent without a body (or null), every default. */
export const seedBenchInput = z.preprocess(
  (input) => input ?? {},
  z.object({
    subprocessors: z.number().int().min(0).max(200).default(30),
    pastNotices: z.number().int().min(0).max(200).default(20),
    subscribers: z.number().int().min(0).max(20_000).default(0),
    bigOrgRooms: z.number().int().min(0).max(2_000).default(1_000),
    heartbeatOrgs: z.number().int().min(0).max(100).default(10),
    displaysPerOrg: z.number().int().min(1).max(200).default(100),
  }),
);

export const orgIdInput = z.object({ orgId: z.string().regex(/^org_[a-z0-9_]{1,64}$/) });

/** Fault tests (issue 9, point 8): the next transition of this notice dies at this step boundary. */
export const crashNoticeClockInput = z.object({
  noticeId: z.string().regex(/^ntc_[a-z0-9_]{1,64}$/),
  at: z.enum(crashPoints),
});
