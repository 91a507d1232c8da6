import { z } from "zod";
import { emailAddress, singleLineText } from "./shared.schema";

const sessionToken = z.string().min(1).max(4096).optional();
const csrf = z.string().max(64).optional();
const contactId = z.string().regex(/^nct_[0-9a-f]{20}$/, { message: "This contact does not exist." });

export const CONTACT_ROLES = ["dpo", "legal", "security", "other"] as const;

export const contactsSessionInput = z.object({ sessionToken });
export const addContactInput = z.object({
  sessionToken,
  csrf,
  contactName: z
    .string()
    .max(400)
    .pipe(singleLineText("Contact's name"))
    .pipe(z.string().min(1, { message: "Give the contact's name (at most 100 characters)." }).max(100, { message: "Give the contact's name (at most 100 characters)." })),
  contactRole: z.enum(CONTACT_ROLES, { message: "Choose the contact's role: DPO, legal, security or other." }),
  contactEmail: emailAddress,
});
export const noticeReachInput = z.object({ sessionToken, noticeId: z.string().regex(/^ntc_[0-9a-f]{20}$/, { message: "This notice does not exist." }) });
export const removeContactInput = z.object({ sessionToken, csrf, id: contactId });
export type AddContactInput = z.output<typeof addContactInput>;
