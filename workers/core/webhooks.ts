import { deleteWebhookEndpointById } from "../use-cases/delete-webhook-endpoint";
import { listWebhookEndpointViews } from "../use-cases/list-webhook-endpoints";
import { registerWebhookEndpoint } from "../use-cases/register-webhook-endpoint";
import { rotateWebhookSecret } from "../use-cases/rotate-webhook-secret";
import { setWebhookEndpointEnabled } from "../use-cases/set-webhook-endpoint-enabled";
import { mutation, query, rpcArea } from "./procedure";
import { endpointActionInput, endpointChangedOutput, endpointSecretOutput, listEndpointsInput, listEndpointsOutput, registerEndpointInput, setEndpointEnabledInput } from "./webhooks.schema";

/** Vendor admin: the webhook endpoints vendor-risk tools receive notice events at (docs/webhooks.md). */
export const WebhooksApi = rpcArea({
  list: query({ access: "vendor_admin", input: listEndpointsInput, output: listEndpointsOutput, run: (ctx) => listWebhookEndpointViews(ctx) }),
  register: mutation({ access: "vendor_admin", input: registerEndpointInput, output: endpointSecretOutput, run: (ctx, input, admin) => registerWebhookEndpoint(ctx, input, admin.email) }),
  setEnabled: mutation({ access: "vendor_admin", input: setEndpointEnabledInput, output: endpointChangedOutput, run: (ctx, input, admin) => setWebhookEndpointEnabled(ctx, input, admin.email) }),
  rotateSecret: mutation({ access: "vendor_admin", input: endpointActionInput, output: endpointSecretOutput, run: (ctx, input, admin) => rotateWebhookSecret(ctx, input.id, admin.email) }),
  remove: mutation({ access: "vendor_admin", input: endpointActionInput, output: endpointChangedOutput, run: (ctx, input, admin) => deleteWebhookEndpointById(ctx, input.id, admin.email) }),
});
