import { z } from "zod";
import { changeKind, count, frenchFacts, lang, noticePeriodsOutput, publicNoticeStatus, publicSubprocessorOutput, time } from "./shared-output.schema";
import { proposedFields } from "./portal.schema";
import { TRANSLATED_FIELDS } from "../domain/french-content";

/** Outputs of the public portal's RPC methods (workers/core/portal.ts). */

const publicNotice = z.strictObject({
  id: z.string(),
  changeKind,
  subprocessorId: z.string(),
  subprocessorName: z.string(),
  proposed: proposedFields.strict(),
  reason: z.string(),
  status: publicNoticeStatus,
  publishedAt: time,
  objectionDeadline: time,
  effectiveAt: time,
  withdrawnAt: time.nullable(),
  appliedAt: time.nullable(),
  updatedAt: time,
  periods: noticePeriodsOutput,
  withdrawalReason: z.string().nullable(),
  version: count.nullable(),
  translations: z.strictObject({ fr: z.strictObject({ proposed: frenchFacts.optional(), reason: z.string().optional(), withdrawalReason: z.string().optional() }).optional() }).optional(),
});

const stamped = { appOrigin: z.url(), now: time };
const listVersionRef = z.strictObject({ version: count, effectiveAt: time });

export const publicListOutput = z.strictObject({
  ...stamped,
  lastModified: time,
  periods: noticePeriodsOutput,
  version: listVersionRef.nullable(),
  subprocessors: z.array(publicSubprocessorOutput),
  pendingChanges: z.array(publicNotice),
  history: z.array(publicNotice),
});

export const pageVersionOutput = z.strictObject({ version: z.string(), freshForMs: z.number().nullable() });

export const noticeViewOutput = z.strictObject({ ...stamped, notice: publicNotice, current: publicSubprocessorOutput.nullable(), windowOpen: z.boolean() });

const versionChange = z.strictObject({ noticeId: z.string(), changeKind, subprocessorName: z.string() });
const versionCorrection = z.strictObject({ subprocessorName: z.string(), fields: z.array(z.string()), note: z.string(), noteFrench: z.string().optional() });

export const versionsViewOutput = z.strictObject({
  ...stamped,
  versions: z.array(z.strictObject({ version: count, effectiveAt: time, change: versionChange.nullable(), correction: versionCorrection.nullable(), count })),
});

const fieldValue = z.union([z.string(), z.array(z.string())]);
const translatedField = z.enum(TRANSLATED_FIELDS);
const fieldName = z.enum(["name", "legalEntity", "purpose", "location", "dataCategories", "transferMechanism", "website"]);

export const versionViewOutput = z.strictObject({
  ...stamped,
  version: count,
  effectiveAt: time,
  until: time.nullable(),
  previous: count.nullable(),
  next: count.nullable(),
  change: versionChange.nullable(),
  correction: versionCorrection.nullable(),
  subprocessors: z.array(publicSubprocessorOutput),
  diff: z.strictObject({
    added: z.array(publicSubprocessorOutput),
    removed: z.array(publicSubprocessorOutput),
    changed: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        fields: z.array(z.strictObject({ field: fieldName, before: fieldValue, after: fieldValue })),
        translations: z.strictObject({ fr: z.array(z.strictObject({ field: translatedField, before: fieldValue.nullable(), after: fieldValue.nullable() })) }).optional(),
      }),
    ),
  }),
  at: z.string().nullable(),
});

export const subscribeOutput = z.strictObject({ accepted: z.literal(true) });
export const confirmOutput = z.strictObject({ status: z.enum(["confirmed", "already_confirmed"]), lang });
export const unsubscribePreviewOutput = z.strictObject({ status: z.enum(["subscribed", "already_unsubscribed"]), emailHint: z.string() });
export const unsubscribeOutput = z.strictObject({ status: z.enum(["unsubscribed", "already_unsubscribed"]), lang });
