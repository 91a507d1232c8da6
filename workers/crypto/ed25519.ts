import { calculateJwkThumbprint, CompactSign, compactVerify, exportSPKI, importJWK, type JWK } from "jose";
import { z } from "zod";

/** An Ed25519 private key as a JWK (RFC 8037), the form EVIDENCE_SIGNING_KEY holds. */
export const ed25519PrivateJwk = z.object({
  kty: z.literal("OKP"),
  crv: z.literal("Ed25519"),
  x: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  d: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
});

/** The public half, as /evidence/public-key serves it: `kid` is its RFC 7638 thumbprint. */
export interface Ed25519PublicJwk {
  kty: "OKP";
  crv: "Ed25519";
  x: string;
  kid: string;
}

export interface SigningKey {
  privateKey: CryptoKey;
  publicJwk: Ed25519PublicJwk;
}

// Importing is the dear part; a signing key is imported once per isolate and secret.
const keys = new Map<string, SigningKey>();

/** EVIDENCE_SIGNING_KEY (JSON of a private JWK, checked by config.ts) as a key that signs with EdDSA. */
export async function signingKey(secret: string): Promise<SigningKey> {
  let found = keys.get(secret);
  if (!found) {
    const { x, d } = ed25519PrivateJwk.parse(JSON.parse(secret));
    const privateKey = (await importJWK({ kty: "OKP", crv: "Ed25519", x, d }, "EdDSA")) as CryptoKey;
    const kid = await calculateJwkThumbprint({ kty: "OKP", crv: "Ed25519", x });
    found = { privateKey, publicJwk: { kty: "OKP", crv: "Ed25519", x, kid } };
    keys.set(secret, found);
  }
  return found;
}

/** A compact JWS (RFC 7515) of `payload`, EdDSA over Ed25519, naming the key by its thumbprint. */
export async function signCompact(key: SigningKey, payload: string): Promise<string> {
  return new CompactSign(new TextEncoder().encode(payload)).setProtectedHeader({ alg: "EdDSA", kid: key.publicJwk.kid }).sign(key.privateKey);
}

/** The payload of `jws` if `publicJwk` signed it, else null (another key, a changed byte, not a JWS). */
export async function verifyCompact(publicJwk: Ed25519PublicJwk, jws: string): Promise<string | null> {
  try {
    const key = await importJWK({ kty: "OKP", crv: "Ed25519", x: publicJwk.x } as JWK, "EdDSA");
    const { payload } = await compactVerify(jws, key, { algorithms: ["EdDSA"] });
    return new TextDecoder().decode(payload);
  } catch {
    return null;
  }
}

/** The public key as PEM (SubjectPublicKeyInfo), for `openssl pkeyutl -verify`. */
export async function publicKeyPem(publicJwk: Ed25519PublicJwk): Promise<string> {
  const key = (await importJWK({ kty: "OKP", crv: "Ed25519", x: publicJwk.x }, "EdDSA", { extractable: true })) as CryptoKey;
  return exportSPKI(key);
}
