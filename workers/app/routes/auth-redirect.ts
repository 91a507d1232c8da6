import type { Context } from "hono";
import { displayText } from "@/app/display/_i18n";
import type { AppBindings } from "../app-bindings";

// GET /display/auth-redirect – MSAL's redirect bridge: one line of text and one script, nothing
// else (it is loaded in a hidden iframe at every silent renewal). Its headers: security-headers.ts.
export function authRedirectBridge(c: Context<AppBindings>) {
  const { lang, nonce } = c.var;
  const t = displayText(lang);
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${t("signingInTitle")}</title>`
    + `<script nonce="${nonce}" src="/js/msal-redirect-bridge.js"></script></head><body><p>${t("signingIn")}</p></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
