import { Resend } from "resend";

/** The delivery events the core records (workers/use-cases/record-email-event.ts). */
const EVENTS = ["email.delivered", "email.bounced", "email.complained", "email.delivery_delayed"];

/**
 * Registers the app's webhook endpoint with Resend (or, locally, the stand-in that speaks its API)
 * through Resend's client, and returns the signing secret it answers with: the core worker's
 * RESEND_WEBHOOK_SECRET. Used by local runs at every start and by `npm run deploy` once.
 */
export async function registerDeliveryWebhook({ apiKey, baseUrl, appOrigin }) {
  const resend = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  const { data, error } = await resend.webhooks.create({ endpoint: `${appOrigin}/api/webhooks/resend`, events: EVENTS });
  if (error || !data) throw new Error(`registering the delivery webhook with Resend failed: ${error?.message ?? "no answer"}`);
  return data.signing_secret;
}
