import type { PreviousSecret } from "@/db/schema";

/**
 * A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64
 * (the spec asks for 24 to 64), what the library and every receiver's copy of it read.
 */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}

/** How long a rotated-out secret still signs beside the new one: a working day for the receiver's owner to switch. */
export const PREVIOUS_SECRET_OVERLAP_MS = 24 * 60 * 60 * 1000;

/**
 * The secrets a message is signed with at `now`: the current one, and each one a rotation replaced
 * while its day lasts. Receivers accept a message when any signature verifies.
 */
export function signingSecrets(endpoint: { secret: string; previousSecrets: PreviousSecret[] }, now: number): string[] {
  return [endpoint.secret, ...stillSigning(endpoint.previousSecrets, now).map((previous) => previous.secret)];
}

/** When the last replaced secret stops signing, or null when none still does (what the admin page says). */
export function previousSecretsUntil(previousSecrets: PreviousSecret[], now: number): number | null {
  const until = stillSigning(previousSecrets, now).map((previous) => previous.until);
  return until.length > 0 ? Math.max(...until) : null;
}

function stillSigning(previousSecrets: PreviousSecret[], now: number): PreviousSecret[] {
  return previousSecrets.filter((previous) => now < previous.until);
}
