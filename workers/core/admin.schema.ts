import { z } from "zod";
import { frenchFieldsInput, subprocessorFieldsSchema } from "./notices.schema";
import { multiLineText, emailAddress as email } from "./shared.schema";

const lang = z.enum(["en", "fr"]).default("en");
const token = z.string().min(1).max(4096);

export const requestMagicLinkInput = z.object({ email, lang, client: z.string().max(100) });
export const redeemMagicLinkInput = z.object({ token });
export const sessionInput = z.object({ sessionToken: token.optional() });
/** "default": no language of one's own, each email decides as it did before the profile had one. */
export const changeEmailLangInput = z.object({
  sessionToken: token.optional(),
  csrf: z.string().max(64).optional(),
  emailLang: z.enum(["default", "en", "fr"], { message: "Choose the language of your emails: English, French, or as before." }).transform((v) => (v === "default" ? null : v)),
});

/** Answered whatever the address: whether it is an admin's is decided after the answer. */
export const acceptedOutput = z.strictObject({ accepted: z.literal(true) });
export const redeemMagicLinkOutput = z.strictObject({ sessionToken: token, email: z.string(), maxAgeSeconds: z.number().int().positive(), home: z.string().startsWith("/") });
export const sessionOutput = z.strictObject({
  email: z.string(),
  role: z.enum(["vendor_admin", "org_admin", "org_member"]),
  orgId: z.string().nullable(),
  csrf: z.string().min(1),
});
export const signOutOutput = z.strictObject({ ended: z.boolean() });
/** The signed-in person's profile, and the language their emails are written in (null: each email decides). */
export const profileOutput = z.strictObject({ email: z.string(), role: z.enum(["vendor_admin", "org_admin", "org_member"]), lang: z.enum(["en", "fr"]).nullable(), csrf: z.string() });
export const emailLangOutput = z.strictObject({ lang: z.enum(["en", "fr"]).nullable() });

const count = z.number().int().nonnegative();
export const deliveryReportOutput = z.strictObject({
  sent: z.strictObject({ delivered: count, bounced: count, complained: count, delayed: count, unknown: count }),
  suppressed: z.array(z.strictObject({ email: z.string(), reason: z.enum(["bounced", "complained"]), since: z.number().int() })),
});
export type DeliveryReport = z.infer<typeof deliveryReportOutput>;

/**
 * A direct correction: any of the subprocessor's fields may be sent (the form shows them all), so
 * that a material one is refused by name rather than silently dropped.
 */
export const correctSubprocessorInput = z.object({
  sessionToken: token,
  csrf: z.string().min(1).max(128),
  subprocessorId: z.string().regex(/^sp_[a-z0-9_-]{1,60}$/, "Not a subprocessor id"),
  fields: subprocessorFieldsSchema.partial(),
  correctionNote: multiLineText("What was wrong").pipe(z.string().min(1).max(1000)),
  correctionNoteFr: z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), multiLineText("What was wrong, in French").pipe(z.string().min(1).max(1000)).optional()),
  // The French text as the form shows it: each field sent replaces the French, left empty it
  // removes it (English is then shown); a field not sent at all leaves the French as it is.
  french: z
    .object({
      purposeFr: clearable(frenchFieldsInput.purposeFr),
      locationFr: clearable(frenchFieldsInput.locationFr),
      dataCategoriesFr: clearable(frenchFieldsInput.dataCategoriesFr),
      transferMechanismFr: clearable(frenchFieldsInput.transferMechanismFr),
    })
    .optional(),
});

/** An empty text sent on purpose is null: "no French for this field". */
function clearable<T extends z.ZodType>(schema: T) {
  return z.union([z.literal("").transform(() => null), z.array(z.string()).length(0).transform(() => null), schema]);
}
