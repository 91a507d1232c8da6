import { z } from "zod";

/** Input shapes every RPC area shares, so an email address means the same thing everywhere. */

const CR_OR_LF = /[\r\n]/;

/**
 * An email address as people type it: trimmed and lower-cased, at most 254 characters (RFC 5321).
 * CR and LF are refused before trimming, so nothing can smuggle a header line into an email.
 */
export const emailAddress = z
  .string()
  .max(1024)
  .refine((value) => !CR_OR_LF.test(value), { message: "An email address cannot contain line breaks." })
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email({ message: "Enter an email address like name@example.com." }).max(254));

export const langInput = z.enum(["en", "fr"]);
