import { z } from "zod";
import { emailAddress as email, langInput as lang, multiLineText, singleLineText } from "./shared.schema";

const noticeId = z.string().regex(/^ntc_[0-9a-f]{20}$/, "Not a notice id");
const token = z.string().min(1).max(4096).optional();


export const formInput = z.object({ noticeId, token });

/** The client address the app saw (for the per-client rate limit); never shown to anyone. */
const client = z.string().min(1).max(200);

export const requestLinkInput = z.object({ noticeId, email, lang, client });

/** Grounds must say something: long enough, and more than a handful of words. */
const grounds = multiLineText("Grounds").pipe(
  z
    .string()
    .min(30)
    .max(5000)
    .refine((value) => value.split(/\s+/).filter(Boolean).length >= 5, { message: "Explain your grounds in a few sentences" }),
);

export const submitInput = z.object({
  noticeId,
  token,
  client,
  organisation: singleLineText("Organisation").pipe(z.string().min(2).max(200)),
  contactEmail: email,
  grounds,
  lang,
});
export type SubmitInput = z.infer<typeof submitInput>;

/**
 * What the objector is told: their objection is recorded (with a personal link), or — without
 * one — a link was sent to the contact address, and nothing is recorded until it is used.
 */
export const submitOutput = z.discriminatedUnion("status", [
  z.strictObject({ status: z.literal("recorded"), objectionId: z.string(), receivedAt: z.number().int(), resolutionDeadline: z.number().int() }),
  z.strictObject({ status: z.literal("link_sent") }),
]);
export type SubmitOutput = z.infer<typeof submitOutput>;

/** Answered whatever the address: a link goes out only where the rules allow one. */
export const requestLinkOutput = z.strictObject({ accepted: z.literal(true) });
