import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { signToken, verifyToken } from "./tokens";

const secret = "a-test-secret-that-is-long-enough-for-hs256-0123456789";
const now = Date.UTC(2026, 10, 22, 12, 0, 0);

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return error instanceof AppError ? error.code : "unexpected";
  }
}

describe("purpose-scoped tokens", () => {
  it("round-trips subject and context", async () => {
    const token = await signToken(secret, "object", "a@x.test", now, { noticeId: "ntc_1" });
    const claims = await verifyToken(secret, "object", token, now + 1000);
    expect(claims.sub).toBe("a@x.test");
    expect(claims.ctx).toEqual({ noticeId: "ntc_1" });
  });

  it("refuses a token made for another purpose", async () => {
    const token = await signToken(secret, "unsubscribe", "sub_1", now);
    expect(await codeOf(verifyToken(secret, "subscribe-confirm", token, now))).toBe("token_wrong_purpose");
  });

  it("expires exactly at its lifetime, on the application clock", async () => {
    const token = await signToken(secret, "admin-sign-in", "admin@x.test", now);
    expect(await codeOf(verifyToken(secret, "admin-sign-in", token, now + 15 * 60_000 - 1000))).toBe("ok");
    expect(await codeOf(verifyToken(secret, "admin-sign-in", token, now + 15 * 60_000))).toBe("token_expired");
  });

  it("refuses tampering, another key, and garbage", async () => {
    const token = await signToken(secret, "session", "admin@x.test", now);
    const [h, p, s] = token.split(".");
    const forgedPayload = btoa(JSON.stringify({ ...JSON.parse(atob(p!)), sub: "mallory@x.test" })).replace(/=+$/, "");
    expect(await codeOf(verifyToken(secret, "session", `${h}.${forgedPayload}.${s}`, now))).toBe("token_invalid");
    expect(await codeOf(verifyToken(`${secret}-other`, "session", token, now))).toBe("token_invalid");
    expect(await codeOf(verifyToken(secret, "session", "not-a-token", now))).toBe("token_invalid");
    expect(await codeOf(verifyToken(secret, "session", "", now))).toBe("token_invalid");
  });
});
