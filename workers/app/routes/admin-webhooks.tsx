import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import type { CoreService } from "@/app/_lib/core";
import { WebhookSecretPage } from "@/app/admin/webhooks/secret-page";
import { WebhooksPage, type WebhooksDone } from "@/app/admin/webhooks/webhooks-page";
import { webhookEventTypes } from "@/db/schema";
import { adminAction, signInWhenNeeded } from "./admin-action";

async function pageContext(api: CoreService, request: Request) {
  const sessionToken = sessionTokenOf(request);
  const session = unwrap(await api.admin().session({ sessionToken }));
  return { csrf: session.csrf, email: session.email, ...unwrap(await api.webhooks().list({ sessionToken })) };
}

const doneOf = (value: string | undefined): WebhooksDone | undefined => (value === "enabled" || value === "disabled" || value === "deleted" ? value : undefined);

// GET /admin/webhooks – endpoints, their delivery logs, and the form to add one (vendor admin).
export async function webhooksPage(c: Context<AppBindings>) {
  const lang = c.var.lang;
  signInWhenNeeded(c, `/admin?lang=${lang}`);
  return renderHtml(<WebhooksPage lang={lang} {...await pageContext(c.env.CORE, c.req.raw)} done={doneOf(c.req.query("done"))} />);
}

// POST /admin/webhooks – add an endpoint; answers with its secret, shown this once (or the form again with its problems).
export async function registerWebhook(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/webhooks?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const url = fields.get("url") ?? "";
    const events = webhookEventTypes.filter((event) => fields.get(`event:${event}`) === "on");
    const result = await c.env.CORE.webhooks().register({ sessionToken, csrf, url, events });
    if (!result.ok && result.error.code === "validation_failed") {
      return renderHtml(<WebhooksPage lang={lang} {...await pageContext(c.env.CORE, c.req.raw)} values={{ url, events }} issues={result.error.issues} />, result.error.status);
    }
    const created = unwrap(result);
    return renderHtml(<WebhookSecretPage lang={lang} url={created.url} secret={created.secret} previousSecretUntil={null} />, 201);
  });
}

// POST /admin/webhooks/:id/rotate – a new secret, shown this once; the old one stops signing at once.
export async function rotateWebhookSecret(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/webhooks?lang=${lang}`, async ({ sessionToken, csrf }) => {
    const rotated = unwrap(await c.env.CORE.webhooks().rotateSecret({ sessionToken, csrf, id: c.req.param("id") }));
    return renderHtml(<WebhookSecretPage lang={lang} url={rotated.url} secret={rotated.secret} previousSecretUntil={rotated.previousSecretUntil} />);
  });
}

/** POST /admin/webhooks/:id/enable|disable|delete – then back to the list, saying what was done. */
export function changeWebhook(change: "enable" | "disable" | "delete") {
  return (c: Context<AppBindings>) => {
    const lang = c.var.lang;
    return adminAction(c, `/admin/webhooks?lang=${lang}`, async ({ sessionToken, csrf }) => {
      const id = c.req.param("id") ?? "";
      const api = c.env.CORE.webhooks();
      const done = change === "delete" ? unwrap(await api.remove({ sessionToken, csrf, id })).status : unwrap(await api.setEnabled({ sessionToken, csrf, id, enabled: change === "enable" })).status;
      return `/admin/webhooks?lang=${lang}&done=${done === "active" ? "enabled" : done}`;
    });
  };
}
