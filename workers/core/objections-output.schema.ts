import { z } from "zod";
import { changeKind, noticePeriodsOutput, publicNoticeStatus, time } from "./shared-output.schema";

/** The objection form's view (workers/core/objections.ts), beside the other outputs in objections.schema.ts. */
export const objectionFormOutput = z.strictObject({
  prefillEmail: z.string().optional(),
  notice: z.strictObject({
    id: z.string(),
    changeKind,
    subprocessorName: z.string(),
    reason: z.string(),
    publishedAt: time.nullable(),
    objectionDeadline: time.nullable(),
    effectiveAt: time.nullable(),
    status: publicNoticeStatus,
    periods: noticePeriodsOutput,
  }),
  windowOpen: z.boolean(),
  now: time,
});
