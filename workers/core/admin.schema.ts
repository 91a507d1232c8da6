import { z } from "zod";

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, "Use at most 254 characters")
  .refine((value) => !/[\r\n]/.test(value), "An email address cannot contain line breaks")
  .pipe(z.email("Enter an email address like name@example.com"));

const lang = z.enum(["en", "fr"]).default("en");
const token = z.string().min(1).max(4096);

export const requestMagicLinkInput = z.object({ email, lang, client: z.string().max(100) });
export const redeemMagicLinkInput = z.object({ token });
export const sessionInput = z.object({ sessionToken: token.optional() });
