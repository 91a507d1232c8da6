import { findWebhookEndpoint, type WebhookEndpointRow } from "@/db/queries/webhooks";
import type { CoreContext } from "../core/context";
import { AppError } from "../errors";

/** The endpoint, or not_found (it was deleted meanwhile, or the id was typed). */
export async function requireWebhookEndpoint(ctx: CoreContext, id: string): Promise<WebhookEndpointRow> {
  const endpoint = await findWebhookEndpoint(ctx.db, id);
  if (!endpoint) throw new AppError("not_found");
  return endpoint;
}
