/**
 * A new signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64
 * (the spec asks for 24 to 64), what the library and every receiver's copy of it read.
 */
export function newWebhookSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `whsec_${btoa(String.fromCharCode(...bytes))}`;
}
