import { notFound } from "next/navigation";
import { core } from "../../_lib/core";
import { formatDate } from "../../_lib/i18n/lang";
import { requestLang } from "../../_lib/i18n/request-lang";

export const dynamic = "force-dynamic";
export const metadata = { title: "Outbox" };

/** Links in a plain-text body, so a person can click them without any HTML from the email. */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}

// GET /dev/outbox – what the app "sent", newest first (dev tools only).
export default async function OutboxPage() {
  const result = await (await core()).outbox().list({});
  if (!result.ok) notFound();
  const lang = await requestLang();
  const messages = result.data;
  return (
    <>
      <h1>Outbox</h1>
      <p className="lead">
        Every email Roomtrust sent while running locally. Nothing leaves this machine. Newest first; {messages.length} message
        {messages.length === 1 ? "" : "s"}. Also as <a href="/dev/outbox.json">JSON</a>.
      </p>
      {messages.length === 0 && (
        <div className="alert alert-info">
          <p>No email yet. Subscribe on the <a href="/subprocessors">subprocessor list</a> or sign in to the <a href="/admin">admin</a> to send one.</p>
        </div>
      )}
      {messages.map((message) => (
        <article key={message.id} className="card" aria-labelledby={`subject-${message.id}`}>
          <h2 id={`subject-${message.id}`}>{message.subject}</h2>
          <dl className="facts">
            <dt>To</dt>
            <dd>{message.to.join(", ")}</dd>
            <dt>Sent</dt>
            <dd><time dateTime={message.sentAt}>{formatDate(Date.parse(message.sentAt), lang)}</time></dd>
            {Object.entries(message.headers).map(([name, value]) => (
              <div key={name} className="contents">
                <dt>{name}</dt>
                <dd><code>{value}</code></dd>
              </div>
            ))}
          </dl>
          {linksIn(message.text ?? "").length > 0 && (
            <>
              <h3>Links</h3>
              <ul>{linksIn(message.text ?? "").map((href) => <li key={href}><a href={href}>{href}</a></li>)}</ul>
            </>
          )}
          <details>
            <summary>Plain text</summary>
            <pre className="mono">{message.text}</pre>
          </details>
        </article>
      ))}
    </>
  );
}
