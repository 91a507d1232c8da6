import { Resend } from "resend";

/** The delivery events the core records (workers/use-cases/record-email-event.ts). */
const EVENTS = ["email.delivered", "email.bounced", "email.complained", "email.delivery_delayed"];

/**
 * Registers the app's webhook endpoint with Resend (or, locally, the stand-in that speaks its API)
 * through Resend's client. Answers its id and the signing secret: the core worker's
 * RESEND_WEBHOOK_SECRET. Used by local runs at every start and by `npm run deploy` once.
 */
export async function registerDeliveryWebhook({ apiKey, baseUrl, appOrigin }) {
  const { data, error } = await client(apiKey, baseUrl).webhooks.create({ endpoint: `${appOrigin}/api/webhooks/resend`, events: EVENTS });
  if (error || !data) throw new Error(`registering the delivery webhook with Resend failed: ${error?.message ?? "no answer"}`);
  return { id: data.id, secret: data.signing_secret };
}

/** Removes a registered endpoint: a local run sharing another's stand-in does so when it stops. */
export async function removeDeliveryWebhook({ apiKey, baseUrl, id }) {
  await client(apiKey, baseUrl).webhooks.remove(id);
}

function client(apiKey, baseUrl) {
  return new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
}
