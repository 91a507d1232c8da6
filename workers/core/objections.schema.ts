import { z } from "zod";
import { emailAddress as email, langInput as lang } from "./shared.schema";

const noticeId = z.string().regex(/^ntc_[0-9a-f]{20}$/, "Not a notice id");
const token = z.string().min(1).max(4096).optional();


export const formInput = z.object({ noticeId, token });

export const requestLinkInput = z.object({ noticeId, email, lang, client: z.string().min(1).max(200) });

/** Grounds must say something: long enough, and more than a handful of words. */
const grounds = z
  .string()
  .trim()
  .min(30)
  .max(5000)
  .refine((value) => value.split(/\s+/).filter(Boolean).length >= 5, { message: "Explain your grounds in a few sentences" });

export const submitInput = z.object({
  noticeId,
  token,
  organisation: z.string().trim().min(2).max(200),
  contactEmail: email,
  grounds,
  lang,
});
export type SubmitInput = z.infer<typeof submitInput>;

/** What the objector is told once their objection is recorded. */
export const submitOutput = z.object({ objectionId: z.string(), receivedAt: z.number(), resolutionDeadline: z.number() });
export type SubmitOutput = z.infer<typeof submitOutput>;
