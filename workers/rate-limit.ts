import { forgetRateLimitsBefore, hitRateLimit } from "../db/queries/rate-limits";
import type { CoreContext } from "./core/context";
import { clientKey, mailboxKey } from "./domain/rate-limit-keys";
import { AppError } from "./errors";

/** Limits per action: `perAddress` protects a mailbox from being flooded, `perClient` the service. */
const rateLimitPolicies = {
  subscribe: { perAddress: 3, perClient: 30, windowMs: 3600_000 },
  "magic-link": { perAddress: 5, perClient: 30, windowMs: 3600_000 },
  "objection-link": { perAddress: 5, perClient: 30, windowMs: 3600_000 },
  // An objection's receipt goes to the address its personal link was made for.
  objection: { perAddress: 5, perClient: 30, windowMs: 3600_000 },
  // Pairing codes are short, so guessing is what must be made slow: 20 tries per tablet per 15 min.
  pairing: { perAddress: 10, perClient: 20, windowMs: 15 * 60_000 },
} as const;

export type RateLimitedAction = keyof typeof rateLimitPolicies;

/**
 * Throws rate_limited when the client (IP, or IPv6 /64) has made too many requests. Returns false, without
 * throwing, when only the address is over its limit, so callers can answer exactly as they would
 * otherwise and nobody learns whether an address is known. The address is counted per mailbox, so
 * `+tag` variants and case changes share one limit.
 */
export async function allowByRateLimit(
  ctx: CoreContext,
  action: RateLimitedAction,
  address: string,
  client: string,
): Promise<boolean> {
  const policy = rateLimitPolicies[action];
  const now = ctx.clock.now();
  const clientCount = await hitRateLimit(ctx.db, `${action}:client:${clientKey(client)}`, now, policy.windowMs);
  if (clientCount > policy.perClient) throw new AppError("rate_limited");
  const addressCount = await hitRateLimit(ctx.db, `${action}:address:${mailboxKey(address)}`, now, policy.windowMs);
  return addressCount <= policy.perAddress;
}

/** The longest window of any policy: a counter older than that can no longer count. */
const LONGEST_WINDOW_MS = Math.max(...Object.values(rateLimitPolicies).map((policy) => policy.windowMs));

/**
 * Deletes counters whose window is over. They hold mailbox addresses and client IPs, which are
 * kept no longer than the limit needs them (docs/privacy.md).
 */
export async function forgetExpiredRateLimits(ctx: CoreContext): Promise<number> {
  return forgetRateLimitsBefore(ctx.db, ctx.clock.now() - LONGEST_WINDOW_MS);
}
