import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { formatDate, type Lang } from "../../app/_lib/i18n/lang";
import type { StandinMessage } from "./mailbox";
import { outboxText, type OutboxText } from "./outbox-text";

/** Where the outbox pages are, on the stand-in's own origin. */
export const OUTBOX_PATH = "/dev/outbox";

/** GET /dev/outbox – every message, newest first, with its links ready to click. */
export function outboxListPage(messages: StandinMessage[], lang: Lang, appOrigin: string | undefined): string {
  const t = outboxText(lang);
  return page(lang, t.title, OUTBOX_PATH, (
    <>
      <h1>{t.title}</h1>
      <p className="lead">
        {t.lead} {t.count(messages.length)} <a href={`${OUTBOX_PATH}.json`}>{t.json}</a>.
      </p>
      {messages.length === 0 && (
        <div className="alert alert-info">
          <p>{t.empty}</p>
          {appOrigin && (
            <ul>
              <li><a href={`${appOrigin}/subprocessors?lang=${lang}`}>{t.subprocessors}</a></li>
              <li><a href={`${appOrigin}/admin?lang=${lang}`}>{t.admin}</a></li>
            </ul>
          )}
        </div>
      )}
      {messages.map((message) => (
        <article key={message.id} className="card" aria-labelledby={`subject-${message.id}`}>
          <h2 id={`subject-${message.id}`}><a href={messagePath(message.id, lang)}>{message.subject}</a></h2>
          <Facts message={message} lang={lang} t={t} />
          <Links message={message} t={t} />
          <details>
            <summary>{t.plainText}</summary>
            <pre className="mono email-text">{message.text}</pre>
          </details>
        </article>
      ))}
    </>
  ));
}

/** GET /dev/outbox/<id> – one message whole: its facts, its links, its HTML as sent, its text. */
export function outboxMessagePage(message: StandinMessage, lang: Lang): string {
  const t = outboxText(lang);
  return page(lang, message.subject, messagePath(message.id), (
    <>
      <p><a href={`${OUTBOX_PATH}?lang=${lang}`}>{t.back}</a></p>
      <h1>{message.subject}</h1>
      <Facts message={message} lang={lang} t={t} />
      <Links message={message} t={t} />
      {message.html && (
        <>
          <h2>{t.htmlPart}</h2>
          {/* Sandboxed without scripts: the email's HTML shows as a mail client shows it, and cannot act on this page. */}
          <iframe sandbox="" srcDoc={message.html} title={t.htmlPart} className="email-frame" />
        </>
      )}
      <h2>{t.plainText}</h2>
      <pre className="mono email-text">{message.text}</pre>
    </>
  ));
}

/** 404 for an id the outbox does not hold. */
export function outboxMissingPage(lang: Lang): string {
  const t = outboxText(lang);
  return page(lang, t.title, OUTBOX_PATH, (
    <>
      <h1>{t.title}</h1>
      <div className="alert alert-warn"><p>{t.notFound}</p></div>
      <p><a href={`${OUTBOX_PATH}?lang=${lang}`}>{t.back}</a></p>
    </>
  ));
}

function messagePath(id: string, lang?: Lang): string {
  return `${OUTBOX_PATH}/${encodeURIComponent(id)}${lang ? `?lang=${lang}` : ""}`;
}

/** Links in a plain-text body, so a person can click them without any HTML from the email. */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}

function Facts({ message, lang, t }: { message: StandinMessage; lang: Lang; t: OutboxText }) {
  return (
    <dl className="facts">
      <dt>{t.to}</dt>
      <dd>{message.to.join(", ")}</dd>
      <dt>{t.from}</dt>
      <dd>{message.from}</dd>
      <dt>{t.sent}</dt>
      <dd><time dateTime={message.sentAt}>{formatDate(Date.parse(message.sentAt), lang)}</time></dd>
      {Object.entries(message.headers).map(([name, value]) => (
        <div key={name} className="contents">
          <dt>{name}</dt>
          <dd><code>{value}</code></dd>
        </div>
      ))}
    </dl>
  );
}

function Links({ message, t }: { message: StandinMessage; t: OutboxText }) {
  const links = linksIn(message.text ?? "");
  if (links.length === 0) return null;
  return (
    <>
      <h3>{t.links}</h3>
      <ul className="email-links">{links.map((href) => <li key={href}><a href={href}>{href}</a></li>)}</ul>
    </>
  );
}

function page(lang: Lang, title: string, path: string, body: ReactNode): string {
  const t = outboxText(lang);
  const other: Lang = lang === "en" ? "fr" : "en";
  return `<!doctype html>${renderToStaticMarkup(
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} — Roomtrust`}</title>
        <link rel="stylesheet" href="/styles.css" />
      </head>
      <body>
        <header className="site-header">
          <span className="brand">{`Roomtrust · ${t.standin}`}</span>
          <nav aria-label={t.title}>
            <ul>
              <li><a href={`${path}?lang=${other}`} hrefLang={other} lang={other}>{other === "fr" ? "Français" : "English"}</a></li>
            </ul>
          </nav>
        </header>
        <main id="main">{body}</main>
      </body>
    </html>,
  )}`;
}
