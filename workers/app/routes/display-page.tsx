import type { Context } from "hono";
import { SiteHead } from "@/app/_lib/document";
import { renderHtml } from "@/app/_lib/render";
import { DisplayApp } from "@/app/display/_components/display-app";
import { displayBootAttributes, DISPLAY_ROOT_ID, type DisplayBoot } from "@/app/display/_client/boot";
import { displayText } from "@/app/display/_i18n";
import type { AppBindings } from "../app-bindings";

/** The tablet app's script (scripts/build-client.mjs): React and the app, no framework runtime. */
const DISPLAY_SCRIPT = "/js/display.js";

// GET /display – the tablet app: pairing, then the room panel (it reads the calendar on the device).
// Rendered here and taken over by one script rather than by Next.js, for the tablet's weight
// (docs/decisions/017-tablet-app-outside-next.md). Its headers (the calendar providers in
// connect-src, the pop-up opener policy) come from the middleware, by path, as before.
export function displayPage(c: Context<AppBindings>) {
  const { lang, nonce } = c.var;
  const t = displayText(lang);
  const boot: DisplayBoot = { initialLang: lang, devTools: c.var.config.devTools };
  return renderHtml(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${t("title")} — Roomtrust`}</title>
        <meta name="robots" content="noindex" />
        {/* The web manifest lets a tablet add the panel to its home screen, named in its language. */}
        <link rel="manifest" href={lang === "fr" ? "/display.fr.webmanifest" : "/display.webmanifest"} />
        <SiteHead lang={lang} />
        <script type="module" nonce={nonce} src={DISPLAY_SCRIPT} />
      </head>
      <body>
        {/* The panel fills the screen: no site header or footer. */}
        <main id="main">
          <div id={DISPLAY_ROOT_ID} {...displayBootAttributes(boot)}>
            <DisplayApp {...boot} />
          </div>
        </main>
      </body>
    </html>,
  );
}
