import { describe, expect, it } from "vitest";
import { VerifiedDeviceTokens } from "./verified-device-tokens";

const identity = (displayId: string, expiresAt: number) => ({ displayId, orgId: "org_1", tokenVersion: 1, expiresAt });

describe("VerifiedDeviceTokens", () => {
  it("gives back a verified token's identity until the moment it expires, then forgets it", () => {
    const tokens = new VerifiedDeviceTokens<ReturnType<typeof identity>>();
    tokens.remember("secret", "t1", identity("dsp_1", 10_000));
    expect(tokens.get("secret", "t1", 9_999)).toEqual(identity("dsp_1", 10_000));
    expect(tokens.get("secret", "t1", 10_000)).toBeUndefined();
    expect(tokens.get("secret", "t1", 5_000)).toBeUndefined();
  });

  it("knows nothing of a token it was not told, nor of any token under another secret", () => {
    const tokens = new VerifiedDeviceTokens<ReturnType<typeof identity>>();
    tokens.remember("secret", "t1", identity("dsp_1", 10_000));
    expect(tokens.get("secret", "t2", 0)).toBeUndefined();
    expect(tokens.get("rotated", "t1", 0)).toBeUndefined();
    // A new secret drops what the old one verified.
    tokens.remember("rotated", "t2", identity("dsp_2", 10_000));
    expect(tokens.get("secret", "t1", 0)).toBeUndefined();
    expect(tokens.get("rotated", "t2", 0)).toEqual(identity("dsp_2", 10_000));
  });

  it("keeps at most its capacity, dropping the least recently verified", () => {
    const tokens = new VerifiedDeviceTokens<ReturnType<typeof identity>>(2);
    tokens.remember("s", "a", identity("a", 10));
    tokens.remember("s", "b", identity("b", 10));
    tokens.remember("s", "a", identity("a", 10));
    tokens.remember("s", "c", identity("c", 10));
    expect(tokens.get("s", "b", 0)).toBeUndefined();
    expect(tokens.get("s", "a", 0)).toBeDefined();
    expect(tokens.get("s", "c", 0)).toBeDefined();
  });
});
