import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { HtmlDocument } from "@/app/_lib/document";
import { renderHtml } from "@/app/_lib/render";
import { translator } from "@/i18n/translate";

// Each list item is a message of its own, named for what it says (ADR 019): the catalogue test
// then checks every item in both languages, and a new item is a new key named here.
const SENDS = ["pairing", "configuration", "state"] as const;
const MODES = ["quarterHour", "atOnce"] as const;
const KEEPS = ["currentState", "snapshots", "configuration", "networkAddresses"] as const;
const PORTAL_ITEMS = ["subscriptions", "objections", "auditLog", "rateLimits"] as const;

// GET /privacy – what the servers learn and keep, for customers; plain HTML, no JavaScript.
// It must say what is true of the code, no more: docs/privacy.md is the engineers' version, column by column.
export async function privacyPage(c: Context<AppBindings>) {
  const lang = c.var.lang;
  const t = translator(lang, "privacy");
  return renderHtml(
    <HtmlDocument lang={lang} title={t("title")} path="/privacy" head={<meta name="description" content={t("description")} />}>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>

      <section aria-labelledby="rooms" className="prose">
        <h2 id="rooms">{t("rooms.heading")}</h2>
        <p>{t("rooms.calendar")}</p>
        <ul>{SENDS.map((item) => <li key={item}>{t(`rooms.sends.${item}`)}</li>)}</ul>
        <h3 id="occupancy">{t("rooms.learnHeading")}</h3>
        <p>{t("rooms.learn")}</p>
        <dl>
          {MODES.map((mode) => (
            <div key={mode}>
              <dt>{t(`rooms.modes.${mode}.name`)} <span className="hint">({t(`rooms.modes.${mode}.note`)})</span></dt>
              <dd>{t(`rooms.modes.${mode}.text`)}</dd>
            </div>
          ))}
        </dl>
        <p>{t("rooms.online")}</p>
        <h3>{t("rooms.keepHeading")}</h3>
        <ul>{KEEPS.map((item) => <li key={item}>{t(`rooms.keep.${item}`)}</li>)}</ul>
        <h3>{t("rooms.seeHeading")}</h3>
        <p>{t("rooms.see")}</p>
      </section>

      <section aria-labelledby="portal" className="prose">
        <h2 id="portal">{t("portal.heading")}</h2>
        <ul>{PORTAL_ITEMS.map((item) => <li key={item}>{t(`portal.items.${item}`)}</li>)}</ul>
      </section>

      <p className="hint">{t("inventory")}</p>
    </HtmlDocument>,
  );
}
