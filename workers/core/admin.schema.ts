import { z } from "zod";
import { emailAddress as email } from "./shared.schema";

const lang = z.enum(["en", "fr"]).default("en");
const token = z.string().min(1).max(4096);

export const requestMagicLinkInput = z.object({ email, lang, client: z.string().max(100) });
export const redeemMagicLinkInput = z.object({ token });
export const sessionInput = z.object({ sessionToken: token.optional() });
