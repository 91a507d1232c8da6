import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { unwrap } from "@/app/_lib/core-result";
import { renderHtml } from "@/app/_lib/render";
import { sessionTokenOf } from "@/app/_lib/session-cookie";
import { SettingsPage } from "@/app/admin/settings/settings-page";
import type { CoreService } from "@/app/_lib/core";
import { periodFields } from "@/workers/domain/notice-periods";
import { adminAction, signInWhenNeeded } from "./admin-action";

async function pageContext(api: CoreService, request: Request) {
  const sessionToken = sessionTokenOf(request);
  const session = unwrap(await api.admin().session({ sessionToken }));
  return { csrf: session.csrf, ...unwrap(await api.notices().periods({ sessionToken })) };
}

// GET /admin/settings – the periods notices are published with (vendor admin).
export async function settingsForm(c: Context<AppBindings>) {
  const lang = c.var.lang;
  signInWhenNeeded(c, `/admin?lang=${lang}`);
  return renderHtml(<SettingsPage lang={lang} {...await pageContext(c.env.CORE, c.req.raw)} saved={c.req.query("done") === "saved"} />);
}

// POST /admin/settings – save the periods; the form again, with what was typed, when one is refused.
export async function saveSettings(c: Context<AppBindings>) {
  const lang = c.var.lang;
  return adminAction(c, `/admin/settings?lang=${lang}`, async ({ fields, sessionToken, csrf }) => {
    const periods = Object.fromEntries(periodFields.map((field) => [field, fields.get(field)?.trim() ?? ""]));
    const result = await c.env.CORE.notices().changePeriods({ sessionToken, csrf, ...periods });
    if (!result.ok && result.error.code === "validation_failed") {
      return renderHtml(<SettingsPage lang={lang} {...await pageContext(c.env.CORE, c.req.raw)} values={fields} issues={result.error.issues} />, result.error.status);
    }
    unwrap(result);
    return `/admin/settings?lang=${lang}&done=saved`;
  });
}
