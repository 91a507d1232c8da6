import { z } from "zod";
import { CONTACT_ROLES } from "./contacts.schema";
import { count, time } from "./shared-output.schema";

/** Outputs of the notice contacts area (workers/core/contacts.ts). */

export const contactsPageOutput = z.strictObject({
  org: z.strictObject({ name: z.string() }),
  contacts: z.array(
    z.strictObject({
      id: z.string(),
      name: z.string(),
      role: z.enum(CONTACT_ROLES),
      email: z.string(),
      status: z.enum(["active", "unsubscribed", "suppressed", "removed"]),
      suppressedReason: z.enum(["bounced", "complained"]).nullable(),
      since: time,
    }),
  ),
  csrf: z.string(),
  email: z.string(),
});

export const contactIdOutput = z.strictObject({ id: z.string() });

export const noticeReachOutput = z.strictObject({
  organisations: z.array(
    z.strictObject({
      orgId: z.string(),
      name: z.string(),
      told: count,
      owed: count,
      delivered: count,
      refused: count,
      unreached: z.enum(["no_contact", "all_stopped"]).nullable(),
    }),
  ),
});
