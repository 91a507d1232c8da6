import { createPublicKey, verify } from "node:crypto";
import { describe, expect, it } from "vitest";
import { publicKeyPem, signCompact, signingKey, verifyCompact } from "./ed25519";

const KEY = '{"crv":"Ed25519","d":"fl68hmJBvOJZipOECiC30xWXke6hykDZltZ5nDBqp_o","x":"CS_Pti2jlX6hKoVWdalWltwCN3FsEEgT9UhsRIgVc9I","kty":"OKP"}';
const OTHER = '{"crv":"Ed25519","d":"u8Ix6xsS8QYx9QbMGIvEZDrlbcQmGPM9U89mIY-oiDc","x":"VzXq9nlDgJocHqBIBqZlWIXLHvmHxi4_C95VjtJcVvM","kty":"OKP"}';

describe("Ed25519 signatures (jose EdDSA)", () => {
  it("signs a compact JWS that its own public key verifies and another key does not", async () => {
    const key = await signingKey(KEY);
    const jws = await signCompact(key, '{"size":3}');
    expect(await verifyCompact(key.publicJwk, jws)).toBe('{"size":3}');
    expect(await verifyCompact((await signingKey(OTHER)).publicJwk, jws)).toBeNull();
    const [header, payload, signature] = jws.split(".");
    const changed = Buffer.from('{"size":4}').toString("base64url");
    expect(await verifyCompact(key.publicJwk, `${header}.${changed}.${signature}`)).toBeNull();
    expect(JSON.parse(Buffer.from(header!, "base64url").toString())).toEqual({ alg: "EdDSA", kid: key.publicJwk.kid });
    expect(payload).toBe(Buffer.from('{"size":3}').toString("base64url"));
  });

  it("gives a PEM that a standard Ed25519 verifier (OpenSSL, through Node) accepts for the JWS signing input", async () => {
    const key = await signingKey(KEY);
    const jws = await signCompact(key, "checkpoint");
    const pem = await publicKeyPem(key.publicJwk);
    expect(pem).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const [header, payload, signature] = jws.split(".");
    expect(verify(null, Buffer.from(`${header}.${payload}`), createPublicKey(pem), Buffer.from(signature!, "base64url"))).toBe(true);
  });

  it("names the key by its RFC 7638 thumbprint", async () => {
    const { publicJwk } = await signingKey(KEY);
    expect(publicJwk).toEqual({ kty: "OKP", crv: "Ed25519", x: "CS_Pti2jlX6hKoVWdalWltwCN3FsEEgT9UhsRIgVc9I", kid: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
  });
});
