import type { Context } from "hono";
import { CoreError, unwrap } from "@/app/_lib/core-result";
import { readLimited } from "@/workers/http/read-limited";
import type { AppBindings } from "../app-bindings";

/** Resend's events are a few hundred bytes; its largest (a bounce with its SMTP message) stays far below this. */
const MAX_WEBHOOK_BYTES = 64 * 1024;

/**
 * POST /api/webhooks/resend – Resend's delivery webhooks (delivered, bounced, complained,
 * delayed). The raw body and the three Svix headers go to the core untouched: the signature
 * covers the exact bytes, and the secret that checks it lives there. Any 2xx tells Resend (Svix)
 * to stop retrying, so a verified event is acknowledged even when it is not ours to record.
 */
export async function resendWebhook(c: Context<AppBindings>): Promise<Response> {
  const bytes = await readLimited(c.req.raw, MAX_WEBHOOK_BYTES);
  if (bytes === null) throw new CoreError("body_too_large", 413, [], `The body is larger than ${MAX_WEBHOOK_BYTES} bytes.`);
  const header = (name: string) => c.req.header(name) ?? "";
  const headers = { id: header("svix-id"), timestamp: header("svix-timestamp"), signature: header("svix-signature") };
  const outcome = unwrap(await c.env.CORE.emailEvents().record({ payload: new TextDecoder().decode(bytes), headers }));
  return Response.json(outcome, { headers: { "cache-control": "no-store" } });
}
