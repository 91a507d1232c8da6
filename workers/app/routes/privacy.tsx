import type { Context } from "hono";
import type { AppBindings } from "../app-bindings";
import { HtmlDocument } from "@/app/_lib/document";
import { renderHtml } from "@/app/_lib/render";
import { privacyText } from "@/app/privacy/_i18n";

// GET /privacy – what the servers learn and keep, for customers; plain HTML, no JavaScript.
export async function privacyPage(c: Context<AppBindings>) {
  const lang = c.var.lang;
  const t = privacyText(lang);
  return renderHtml(
    <HtmlDocument lang={lang} title={t.title} path="/privacy" head={<meta name="description" content={t.description} />}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>

      <section aria-labelledby="rooms" className="prose">
        <h2 id="rooms">{t.rooms.heading}</h2>
        <p>{t.rooms.calendar}</p>
        <ul>{t.rooms.sends.map((line) => <li key={line}>{line}</li>)}</ul>
        <h3 id="occupancy">{t.rooms.learnHeading}</h3>
        <p>{t.rooms.learn}</p>
        <dl>
          {t.rooms.modes.map((mode) => (
            <div key={mode.name}>
              <dt>{mode.name} <span className="hint">({mode.note})</span></dt>
              <dd>{mode.text}</dd>
            </div>
          ))}
        </dl>
        <p>{t.rooms.online}</p>
        <h3>{t.rooms.keepHeading}</h3>
        <ul>{t.rooms.keep.map((line) => <li key={line}>{line}</li>)}</ul>
        <h3>{t.rooms.seeHeading}</h3>
        <p>{t.rooms.see}</p>
      </section>

      <section aria-labelledby="portal" className="prose">
        <h2 id="portal">{t.portal.heading}</h2>
        <ul>{t.portal.items.map((line) => <li key={line}>{line}</li>)}</ul>
      </section>

      <p className="hint">{t.inventory}</p>
    </HtmlDocument>,
  );
}
