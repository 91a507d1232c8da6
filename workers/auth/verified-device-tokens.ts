/**
 * Device tokens this isolate has already verified, kept until they expire. Every heartbeat of a
 * tablet carries the same token for a year, and checking it again (base64, JSON, HMAC, claims) is
 * the same pure function of the token and the secret, so its answer is kept rather than
 * recomputed. Revocation is unaffected: what a cached identity names (its token version) is still
 * checked against the display's current one on every call, by the board or D1, so an unpairing
 * takes effect at once. Expiry is checked on every reuse, against the caller's application clock
 * (`Identity.expiresAt` and `now` are both application time, in ms).
 */
export class VerifiedDeviceTokens<Identity extends { expiresAt: number }> {
  private readonly verified = new Map<string, Identity>();
  private secret: string | undefined;

  /** At most this many tokens: an organisation's tablets at the bench's scale, the oldest first out. */
  constructor(private readonly capacity = 20_000) {}

  /** The identity `token` was verified to carry under `secret`, if it was and has not expired by `now`. */
  get(secret: string, token: string, now: number): Identity | undefined {
    if (secret !== this.secret) return undefined;
    const identity = this.verified.get(token);
    if (identity === undefined) return undefined;
    if (now >= identity.expiresAt) {
      this.verified.delete(token);
      return undefined;
    }
    return identity;
  }

  /** Remembers a token that passed every check under `secret`. */
  remember(secret: string, token: string, identity: Identity): void {
    if (secret !== this.secret) {
      this.verified.clear();
      this.secret = secret;
    }
    this.verified.delete(token);
    this.verified.set(token, identity);
    if (this.verified.size > this.capacity) this.verified.delete(this.verified.keys().next().value!);
  }
}
