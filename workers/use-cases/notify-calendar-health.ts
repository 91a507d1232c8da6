import { listOrgAdmins } from "@/db/queries/admins";
import { enqueueEmail } from "@/db/queries/emails";
import { findDisplay, findOrgById } from "@/db/queries/rooms";
import type { CoreContext } from "../core/context";
import type { HealthEffect } from "../domain/room-board";
import { deliverPendingEmails } from "./deliver-emails";

/**
 * Tells an organisation's admins (its org_admins, nobody else) that a display needs a person, or
 * that it reads its calendar again, in the language each chose on their profile, else the organisation's. One message per admin per
 * (display, incident start) and kind: the key makes a heartbeat retried after a crash owe nothing
 * twice. Owed first, sent after the answer; one the provider could not take stays pending for the
 * stranded-email cron.
 */
export async function notifyCalendarHealth(ctx: CoreContext, input: { orgId: string; displayId: string; effect: HealthEffect }) {
  const [org, display] = await Promise.all([findOrgById(ctx.db, input.orgId), findDisplay(ctx.db, input.orgId, input.displayId)]);
  if (!org || !display) return { owed: 0 };
  const recipients = await listOrgAdmins(ctx.db, org.id);
  const { effect } = input;
  const template = effect.kind === "incident" ? "calendar-incident" : "calendar-recovered";
  const now = ctx.clock.now();
  const keys = recipients.map(({ email: recipient, lang }) => ({ recipient, lang: lang ?? org.lang, key: `${template}:${display.id}:${effect.incidentStart}:${recipient}` }));
  for (const { recipient, lang, key } of keys) {
    await enqueueEmail(
      ctx.db,
      {
        idempotencyKey: key,
        template,
        params: {
          displayId: display.id,
          displayName: display.name,
          health: effect.kind === "incident" ? effect.health : "ok",
          incidentStart: String(effect.incidentStart),
          timeZone: display.timeZone,
        },
        recipient,
        lang,
        noticeId: null,
      },
      now,
    );
  }
  for (const { key } of keys) ctx.afterAnswer("calendar health email", () => deliverPendingEmails(ctx, { noticeId: null, onlyKey: key }));
  return { owed: recipients.length };
}
