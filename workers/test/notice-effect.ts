import { env, runDurableObjectAlarm } from "cloudflare:test";
import { expect } from "vitest";
import { createDb } from "@/db/client";
import { requireAdmin } from "../auth/session";
import { signToken } from "../auth/tokens";
import { createContext } from "../core/context";
import { NoticesApi } from "../core/notices";
import { DAY_MS } from "../domain/notice-periods";
import { orThrow } from "../errors";
import { noticeClock } from "../objects/notice-clock";
import { advanceDevClock } from "./dev-clock";

/** A signed-in vendor admin's session token and anti-CSRF value, as the admin screens send them. */
export async function adminSession(email: string) {
  const ctx = await createContext(env);
  const sessionToken = await signToken(ctx.config.AUTH_SECRET, "session", email, ctx.clock.now());
  return { sessionToken, csrf: (await requireAdmin(ctx, sessionToken)).csrf };
}

/** Drafts, publishes and lets the change take effect (dev clock moved past its effective date). */
export async function takeEffect(admin: string, change: Record<string, unknown>): Promise<string> {
  const notices = new NoticesApi(env);
  const { noticeId } = orThrow(await notices.draft({ ...(await adminSession(admin)), reason: "Keeping the list current.", ...change }));
  orThrow(await notices.publish({ ...(await adminSession(admin)), noticeId }));
  await advanceDevClock(createDb(env.DB), 31 * DAY_MS);
  await runDurableObjectAlarm(noticeClock(env, noticeId));
  orThrow(await noticeClock(env, noticeId).runDueWork());
  expect(orThrow(await noticeClock(env, noticeId).state()).state?.status).toBe("effective");
  return noticeId;
}
