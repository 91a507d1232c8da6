import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { createDb } from "@/db/client";
import { upsertAdmin, upsertOrgPerson } from "@/db/queries/admins";
import { listEvidence } from "@/db/queries/evidence";
import { emailDeliveries } from "@/db/schema";
import { signToken } from "../auth/tokens";
import { orThrow, type Result } from "../errors";
import { afterAnswerApi } from "../test/after-answer";
import { createTestOrg } from "../test/room-fixture";
import { standin } from "../test/standin-client";
import { createContext } from "./context";
import { notifyCalendarHealth } from "../use-cases/notify-calendar-health";
import { AdminApi } from "./admin";

// Section 7 of issue 12: every admin chooses the language of their own emails on their profile.

const db = createDb(env.DB);
const status = (result: Result<unknown>) => (result.ok ? 200 : result.error.status);

async function signedIn(email: string) {
  const sessionToken = await signToken(env.AUTH_SECRET, "session", email, Date.now());
  return { sessionToken, csrf: orThrow(await new AdminApi(env).profile({ sessionToken })).csrf };
}

async function owedTo(recipient: string) {
  return (await db.select().from(emailDeliveries).all()).filter((d) => d.recipient === recipient);
}

describe("an admin's email language", () => {
  it("is chosen on the profile, needs the form's anti-CSRF value, and can go back to the default", async () => {
    const email = `profile-${crypto.randomUUID().slice(0, 8)}@roomtrust.test`;
    await upsertAdmin(db, email, "vendor_admin", Date.now() - 5_000);
    const session = await signedIn(email);
    expect(orThrow(await new AdminApi(env).profile({ sessionToken: session.sessionToken }))).toMatchObject({ email, role: "vendor_admin", lang: null });
    expect(status(await new AdminApi(env).changeEmailLang({ sessionToken: session.sessionToken, csrf: "forged", emailLang: "fr" }))).toBe(403);
    const bad = await new AdminApi(env).changeEmailLang({ ...session, emailLang: "de" });
    expect(bad.ok ? [] : bad.error.issues.map((i) => i.path)).toEqual(["emailLang"]);
    orThrow(await new AdminApi(env).changeEmailLang({ ...session, emailLang: "fr" }));
    expect(orThrow(await new AdminApi(env).profile({ sessionToken: session.sessionToken })).lang).toBe("fr");
    orThrow(await new AdminApi(env).changeEmailLang({ ...session, emailLang: "default" }));
    expect(orThrow(await new AdminApi(env).profile({ sessionToken: session.sessionToken })).lang).toBeNull();
    // Each change that was made is in the evidence log, in order; the refused ones are not.
    const changes = (await listEvidence(db)).filter((e) => e.kind === "admin.email_language_changed" && e.ref === email);
    expect(changes.map((e) => [e.actor, JSON.parse(e.payload)])).toEqual([[email, { lang: "fr" }], [email, { lang: null }]]);
  });

  it("sends a French admin the sign-in link in French though the sign-in page was English", async () => {
    await standin.reset();
    const email = `french-${crypto.randomUUID().slice(0, 8)}@roomtrust.test`;
    await upsertAdmin(db, email, "vendor_admin", Date.now() - 5_000);
    orThrow(await new AdminApi(env).changeEmailLang({ ...(await signedIn(email)), emailLang: "fr" }));
    const { api: unsettled, settled } = afterAnswerApi((execution) => new AdminApi(env, execution));
    await unsettled.requestMagicLink({ email, lang: "en", client: "c-french" });
    await settled();
    expect((await owedTo(email)).map((d) => d.lang)).toEqual(["fr"]);
    const message = (await standin.state()).mailbox.find((m) => m.to.includes(email));
    expect(message?.subject).toMatch(/connexion/i);
    expect(message?.html).toContain('<html lang="fr">');
  });

  it("tells a French organisation admin of a display incident in French, the others in their organisation's language", async () => {
    const t = await createTestOrg(db, 1);
    const french = `fr-${t.org.slug}@org.test`;
    await upsertOrgPerson(db, french, "org_admin", t.org.id, Date.now() - 5_000);
    orThrow(await new AdminApi(env).changeEmailLang({ ...(await signedIn(french)), emailLang: "fr" }));
    await notifyCalendarHealth(await createContext(env), { orgId: t.org.id, displayId: t.displays[0]!.id, effect: { kind: "incident", health: "error", incidentStart: Date.now() } });
    expect((await owedTo(french)).map((d) => [d.template, d.lang])).toEqual([["calendar-incident", "fr"]]);
    expect((await owedTo(t.admin)).map((d) => [d.template, d.lang])).toEqual([["calendar-incident", "en"]]);
  });
});
