import { eq, lt } from "drizzle-orm";
import type { Db } from "../client";
import { usedTokens } from "../schema";

/** Spends a single-use token. The primary key makes the second spend fail: returns false then. */
export async function spendToken(db: Db, jti: string, purpose: string, now: number, expiresAt: number): Promise<boolean> {
  const rows = await db.insert(usedTokens).values({ jti, purpose, usedAt: now, expiresAt }).onConflictDoNothing().returning();
  return rows.length === 1;
}

/**
 * The same spend as a statement for a batch: it fails the whole batch if the token was spent, so
 * what the spend guards is written once or not at all.
 */
export function spendTokenInBatch(db: Db, jti: string, purpose: string, now: number, expiresAt: number) {
  return db.insert(usedTokens).values({ jti, purpose, usedAt: now, expiresAt });
}

/** Spent tokens are only needed until they would have expired anyway. */
export async function forgetExpiredTokens(db: Db, now: number): Promise<void> {
  await db.delete(usedTokens).where(lt(usedTokens.expiresAt, now));
}

/** Whether a token was spent (a used sign-in link, a session ended by signing out). */
export async function isTokenSpent(db: Db, jti: string): Promise<boolean> {
  return (await db.select({ jti: usedTokens.jti }).from(usedTokens).where(eq(usedTokens.jti, jti)).get()) !== undefined;
}
