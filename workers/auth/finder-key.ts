import { hmacKey } from "../crypto/hmac-key";

/**
 * The room-finder link's key: derived from the organisation and a version number with the app
 * secret, so no key is stored, and bumping the version (revoke) invalidates every old link.
 */
export async function finderKey(secret: string, orgId: string, version: number): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), new TextEncoder().encode(`room-finder\n${orgId}\n${version}`)));
  return btoa(String.fromCharCode(...mac.slice(0, 16))).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Compares without an early exit, so timing does not reveal how much of a guessed key was right. */
export function sameKey(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
