// Importing the HMAC key is the dearest step of checking a token; every heartbeat checks one, so
// the key is imported once per isolate and secret.
// The key is kept, not the promise: a promise made during one request is not awaited in another.
const keys = new Map<string, CryptoKey>();

/** The app secret as an HMAC-SHA-256 key, for signing tokens and deriving finder keys. */
export async function hmacKey(secret: string): Promise<CryptoKey> {
  let found = keys.get(secret);
  if (!found) {
    found = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
    keys.set(secret, found);
  }
  return found;
}
