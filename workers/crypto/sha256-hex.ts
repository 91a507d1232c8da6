/** The SHA-256 of a text's UTF-8 bytes, as 64 lowercase hex digits: evidence hashes, ETags, batch keys. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
