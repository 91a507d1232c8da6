import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { hmacKey } from "../crypto/hmac-key";
import { AppError } from "../errors";

/**
 * Every token Roomtrust issues, by purpose. The purpose is the JWT audience, so a token made for
 * one purpose is refused for any other, and each purpose has its own lifetime.
 */
export const tokenPurposes = {
  "subscribe-confirm": { audience: "roomtrust:subscribe-confirm", ttlSeconds: 7 * 24 * 3600 },
  unsubscribe: { audience: "roomtrust:unsubscribe", ttlSeconds: 400 * 24 * 3600 },
  // Outlives the 15-day window on purpose: the notice's clock decides lateness, so a late visitor
  // is told the window closed (with its dates) rather than that their link expired.
  object: { audience: "roomtrust:object", ttlSeconds: 60 * 24 * 3600 },
  "admin-sign-in": { audience: "roomtrust:admin-sign-in", ttlSeconds: 15 * 60 },
  session: { audience: "roomtrust:session", ttlSeconds: 12 * 3600 },
  // A paired tablet's device token (the issue names its audience "display"). Long-lived because a
  // tablet on a wall has nobody to sign it in again; revoked by bumping the display's token_version,
  // and renewed by the config endpoint once half of its life is gone.
  display: { audience: "display", ttlSeconds: 400 * 24 * 3600 },
  // Lets the person an evidence entry was written for fetch its inclusion proof (the entry holds
  // their address, so it is not public); as long-lived as the evidence itself is kept.
  "evidence-receipt": { audience: "roomtrust:evidence-receipt", ttlSeconds: 10 * 366 * 24 * 3600 },
} as const;

export type TokenPurpose = keyof typeof tokenPurposes;

const ISSUER = "roomtrust";

const claimsSchema = z.object({
  sub: z.string().min(1),
  jti: z.string().min(1),
  iat: z.number(),
  exp: z.number(),
  // Purpose-specific facts, e.g. the notice id of an objection link. Always strings.
  ctx: z.record(z.string(), z.string()).default({}),
});

export type TokenClaims = z.infer<typeof claimsSchema>;

/**
 * Signs a token for one purpose. `now` is the application clock, so dev-clock tests expire tokens
 * too. A caller that must be able to sign the same token again (see render-delivery.ts) passes its
 * own `jti` and a fixed `now`: the same inputs then give the same token, byte for byte.
 */
export async function signToken(
  secret: string,
  purpose: TokenPurpose,
  subject: string,
  now: number,
  ctx: Record<string, string> = {},
  { jti = crypto.randomUUID() }: { jti?: string } = {},
): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({ ctx })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(ISSUER)
    .setAudience(tokenPurposes[purpose].audience)
    .setSubject(subject)
    .setJti(jti)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + tokenPurposes[purpose].ttlSeconds)
    .sign(await hmacKey(secret));
}

/** Verifies signature, issuer, purpose and expiry; each failure becomes its own clear error. */
export async function verifyToken(
  secret: string,
  purpose: TokenPurpose,
  token: string,
  now: number,
): Promise<TokenClaims> {
  if (token.length === 0 || token.length > 4096) throw new AppError("token_invalid");
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      issuer: ISSUER,
      audience: tokenPurposes[purpose].audience,
      algorithms: ["HS256"],
      currentDate: new Date(now),
    });
    return claimsSchema.parse(payload);
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw new AppError("token_expired");
    if (error instanceof errors.JWTClaimValidationFailed && error.claim === "aud") {
      throw new AppError("token_wrong_purpose");
    }
    throw new AppError("token_invalid");
  }
}
