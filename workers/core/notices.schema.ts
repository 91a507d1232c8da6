import { z } from "zod";
import { remedies } from "../domain/notice";
import { MAX_PERIOD_DAYS } from "../domain/notice-periods";
import { ownIssueWords } from "../field-issue-words";
import { multiLineText, singleLineText } from "./shared.schema";

const session = { sessionToken: z.string().min(1).max(4096) };
const change = { ...session, csrf: z.string().min(1).max(128) };
const noticeId = z.string().regex(/^ntc_[0-9a-f]{20}$/, "Not a notice id");
const subprocessorId = z.string().regex(/^sp_[a-z0-9_-]{1,60}$/, "Not a subprocessor id");
const requiredSingleLine = (label: string, max: number) => singleLineText(label).pipe(z.string().min(1).max(max));
const paragraphs = (label: string, max: number) => multiLineText(label).pipe(z.string().min(1).max(max));

/** The public facts a notice proposes for a subprocessor (also re-checked when it takes effect). */
export const subprocessorFieldsSchema = z.object({
  name: requiredSingleLine("Name", 200),
  legalEntity: requiredSingleLine("Legal entity", 300),
  purpose: requiredSingleLine("Purpose", 1000),
  location: requiredSingleLine("Processing location", 300),
  dataCategories: z.array(requiredSingleLine("Data categories", 200)).min(1).max(50),
  transferMechanism: requiredSingleLine("Transfer mechanism", 500),
  website: singleLineText("Website").pipe(z.url({ protocol: /^https?$/ }).max(500)),
});

/** A change may restate only the fields it changes. */
export const subprocessorChangeSchema = subprocessorFieldsSchema
  .partial()
  .refine((fields) => Object.keys(fields).length > 0, { message: ownIssueWords("nothing_proposed", "Proposed change"), params: { code: "nothing_proposed" } });

const reason = paragraphs("Reason", 2000);

/** Optional French beside English (issue 16): an empty field is no French, and English is shown. */
const optionalFrench = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());
const frenchLine = (label: string, max: number) => optionalFrench(requiredSingleLine(label, max));
const reasonFrench = optionalFrench(paragraphs("Reason in French", 2000));

/** The French a notice or a correction may carry, keyed as the form names its fields. */
export const frenchFieldsInput = {
  purposeFr: frenchLine("Purpose in French", 1000),
  locationFr: frenchLine("Processing location in French", 300),
  dataCategoriesFr: optionalFrench(z.array(requiredSingleLine("Data categories in French", 200)).min(1).max(50)),
  transferMechanismFr: frenchLine("Transfer mechanism in French", 500),
};

export const listInput = z.object({ ...session });
export const periodsInput = z.object({ ...session });

const days = z.coerce.number().int().min(1).max(MAX_PERIOD_DAYS);
export const changePeriodsInput = z.object({ ...change, noticePeriodDays: days, objectionWindowDays: days, resolutionPeriodDays: days });
export const getInput = z.object({ ...session, noticeId });

const french = { ...frenchFieldsInput, reasonFr: reasonFrench };
const addDraft = z.object({ ...change, changeKind: z.literal("add"), subprocessorId: subprocessorId.optional(), proposed: subprocessorFieldsSchema, reason, ...french });
const changeDraft = z.object({ ...change, changeKind: z.literal("change"), subprocessorId, proposed: subprocessorChangeSchema, reason, ...french });
const removeDraft = z.object({ ...change, changeKind: z.literal("remove"), subprocessorId, reason, reasonFr: reasonFrench });

export const draftInput = z.discriminatedUnion("changeKind", [addDraft, changeDraft, removeDraft]);
export type DraftInput = z.infer<typeof draftInput>;
/** A draft rewritten as a whole: the same fields as a new one, and which draft it replaces. */
export const editDraftInput = z.discriminatedUnion("changeKind", [addDraft.extend({ noticeId }), changeDraft.extend({ noticeId }), removeDraft.extend({ noticeId })]);
export const deleteDraftInput = z.object({ ...change, noticeId });

export const publishInput = z.object({ ...change, noticeId, effectiveAt: z.number().int().positive().optional() });
export const withdrawInput = z.object({ ...change, noticeId, reason, reasonFr: reasonFrench });
export const resolveObjectionInput = z.object({
  ...change,
  objectionId: z.string().regex(/^obj_[0-9a-f]{20}$/, "Not an objection id"),
  remedy: z.enum(remedies),
  note: multiLineText("Note to the customer").pipe(z.string().max(5000)).default(""),
});

const count = z.number().int().nonnegative();
/** A notice's emails by status: what the admin page's delivery progress polls. */
export const deliveryProgressOutput = z.strictObject({ sent: count, pending: count, failed: count });
export type DeliveryProgress = z.infer<typeof deliveryProgressOutput>;

/** What the clock answers after an admin action: the notice's dates as they now stand. */
export const clockSummary = z.strictObject({
  noticeId: z.string(),
  status: z.enum(["draft", "published", "window_closed", "effective", "withdrawn"]),
  publishedAt: z.number().nullable(),
  objectionDeadline: z.number().nullable(),
  effectiveAt: z.number().nullable(),
  withdrawnAt: z.number().nullable(),
  appliedAt: z.number().nullable(),
  // The periods the notice keeps from its publication; null on a clock stored before notices kept them.
  noticePeriodDays: count.nullable(),
  objectionWindowDays: count.nullable(),
  resolutionPeriodDays: count.nullable(),
});
