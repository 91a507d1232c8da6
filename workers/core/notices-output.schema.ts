import { z } from "zod";
import { remedies } from "../domain/notice";
import { changeKind, count, frenchFacts, lang, noticePeriodsOutput, noticeStatus, subprocessorRowOutput, time } from "./shared-output.schema";

/** Outputs of the vendor admin's notices (workers/core/notices.ts), beside clockSummary in notices.schema.ts. */

/** A notice's row, as the admin sees it. */
const noticeRow = {
  id: z.string(),
  status: noticeStatus,
  createdAt: time,
  updatedAt: time,
  changeKind,
  subprocessorId: z.string(),
  proposed: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
  reason: z.string(),
  version: count,
  createdBy: z.string(),
  publishedAt: time.nullable(),
  objectionDeadline: time.nullable(),
  effectiveAt: time.nullable(),
  withdrawnAt: time.nullable(),
  appliedAt: time.nullable(),
  noticePeriodDays: count.nullable(),
  objectionWindowDays: count.nullable(),
  resolutionPeriodDays: count.nullable(),
  withdrawalReason: z.string().nullable(),
  proposedFrench: frenchFacts.nullable(),
  reasonFrench: z.string().nullable(),
  withdrawalReasonFrench: z.string().nullable(),
};

const objectionStatus = z.enum(["open", "resolved", "termination_right"]);

export const noticeListOutput = z.array(
  z.strictObject({
    ...noticeRow,
    subprocessorName: z.string(),
    deliveries: z.strictObject({ pending: count, sent: count, failed: count }),
    objections: z.strictObject({ open: count, resolved: count, termination_right: count }),
  }),
);

export const noticeDetailOutput = z.strictObject({
  notice: z.strictObject(noticeRow),
  current: subprocessorRowOutput.nullable(),
  objections: z.array(
    z.strictObject({
      lang,
      id: z.string(),
      status: objectionStatus,
      noticeId: z.string(),
      organisation: z.string(),
      contactEmail: z.string(),
      grounds: z.string(),
      remedy: z.enum([...remedies, "change_withdrawn"]).nullable(),
      resolutionNote: z.string().nullable(),
      receivedAt: time,
      resolutionDeadline: time,
      resolvedAt: time.nullable(),
      resolvedBy: z.string().nullable(),
      orgId: z.string().nullable(),
      orgName: z.string().nullable(),
    }),
  ),
  deliveries: z.array(
    z.strictObject({
      id: z.string(),
      template: z.string(),
      recipient: z.string(),
      status: z.enum(["pending", "sent", "failed"]),
      attempts: count,
      providerId: z.string().nullable(),
      lastError: z.string().nullable(),
      createdAt: time,
      sentAt: time.nullable(),
    }),
  ),
  deliveryCounts: z.strictObject({ sent: count, pending: count, failed: count }),
  emailHold: z.strictObject({ reason: z.enum(["rate_limit", "quota", "refused"]), error: z.string(), since: time, until: time }).nullable(),
  now: time,
  periods: noticePeriodsOutput,
  proposedEffectiveAt: time.nullable(),
});

export const draftOutput = z.strictObject({ noticeId: z.string(), subprocessorId: z.string() });

export const periodsOutput = z.strictObject({ periods: noticePeriodsOutput, floors: noticePeriodsOutput, updatedAt: time.nullable(), updatedBy: z.string().nullable() });

export const resolutionOutput = z.strictObject({ objectionId: z.string(), status: objectionStatus, remedy: z.enum(remedies), resolvedAt: time.nullable() });

/** A draft edited or deleted: which one. */
export const draftIdOutput = z.strictObject({ noticeId: z.string() });
