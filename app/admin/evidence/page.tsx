import { requestLang } from "@/app/_lib/i18n/request-lang";
import { core, unwrap } from "@/app/_lib/core";
import { formatDate } from "@/app/_lib/i18n/lang";
import { AdminHeader } from "../_components/admin-header";
import { CheckpointStatus } from "./checkpoint-status";
import { requireAdminPage } from "../_lib/guard";
import { translator } from "@/i18n/translate";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "admin")("evidence") };
}

const SHOWN = 300;

// GET /admin/evidence – the hash-chained log and its signed checkpoints, verified on every read;
// a break is shown, never hidden.
export default async function EvidencePage() {
  const { lang, sessionToken, admin } = await requireAdminPage();
  const t = translator(lang, "adminEvidence");
  const { entries, verdict, checkpointVerdict } = unwrap(await (await core()).admin().evidence({ sessionToken }));
  const newest = entries.slice(-SHOWN).reverse();
  return (
    <>
      <AdminHeader lang={lang} email={admin.email} />
      <h1>{translator(lang, "admin")("evidence")}</h1>
      <p className="lead">{t("lead")}</p>
      {verdict.valid ? (
        <div className="alert alert-ok" role="status"><p>{t("chainValid", { entries: String(verdict.length) })}</p></div>
      ) : (
        <div className="alert alert-error" role="alert"><p>{t("chainBroken", { seq: String(verdict.brokenAt), reason: verdict.reason })}</p></div>
      )}
      <CheckpointStatus verdict={checkpointVerdict} lang={lang} />
      <ul className="feeds">
        <li><a href="/admin/evidence.json" download>{t("exportJson")}</a></li>
        <li><a href="/admin/evidence.csv" download>{t("exportCsv")}</a></li>
      </ul>
      {entries.length > SHOWN && <p>{t("showing", { shown: String(SHOWN), total: String(entries.length) })}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">#</th><th scope="col">{t("at")}</th><th scope="col">{t("kind")}</th><th scope="col">{t("ref")}</th><th scope="col">{t("actor")}</th><th scope="col">{t("details")}</th></tr>
          </thead>
          <tbody>
            {newest.map((e) => (
              <tr key={e.seq} className={!verdict.valid && e.seq >= verdict.brokenAt ? "broken" : undefined}>
                <th scope="row">{e.seq}</th>
                <td>{formatDate(e.at, lang)}</td>
                <td><code>{e.kind}</code></td>
                <td><code>{e.ref}</code></td>
                <td>{e.actor}</td>
                <td><details><summary><code>{e.hash.slice(0, 12)}…</code></summary><pre className="mono">{e.payload}</pre></details></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
