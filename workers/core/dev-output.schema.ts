import { z } from "zod";
import { crashPoints } from "../use-cases/notice-clock-store";
import { calendarHealth, count, time } from "./shared-output.schema";

/** Outputs of the dev tools (workers/core/dev.ts). */

export const clockOutput = z.strictObject({ offsetMs: z.number().int(), offsetDays: z.number(), now: time });
export const advancedClockOutput = z.strictObject({ offsetMs: z.number().int(), now: time });
export const seededOutput = z.strictObject({ seeded: z.boolean() });
export const benchSeedOutput = z.strictObject({
  orgs: z.array(z.strictObject({ orgId: z.string(), slug: z.string(), finderPath: z.string(), displays: z.array(z.strictObject({ displayId: z.string(), token: z.string() })) })),
});
export const boardStatesOutput = z.array(
  z.strictObject({ health: calendarHealth.nullable(), healthSince: time.nullable(), displayId: z.string(), online: z.boolean(), occupied: z.boolean(), known: z.boolean() }),
);
export const benchNoticeOutput = z.strictObject({ noticeId: z.string() });
export const forgottenOutput = z.strictObject({ forgotten: count });
export const crashArmedOutput = z.strictObject({ armed: z.enum(crashPoints) });
