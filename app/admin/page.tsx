import { requestLang } from "@/app/_lib/i18n/request-lang";
import { core, unwrap } from "../_lib/core";
import { colon, formatDate } from "../_lib/i18n/lang";
import { AdminHeader } from "./_components/admin-header";
import { NoticeBadge } from "./_components/badges";
import { requireAdminPage } from "./_lib/guard";
import { deliveryCountsText } from "@/i18n/delivery-progress";
import { translator } from "@/i18n/translate";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "admin")("title") };
}

// GET /admin – notices with their clocks and counts, and the live list.
export default async function AdminHome({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const { lang, sessionToken, admin } = await requireAdminPage();
  const shared = translator(lang, "admin");
  const t = translator(lang, "adminNotices");
  const corrections = translator(lang, "adminCorrections");
  const { done } = await searchParams;
  const api = await core();
  const [noticeList, subprocessorList] = await Promise.all([api.notices().list({ sessionToken }), api.admin().subprocessors({ sessionToken })]);
  const notices = unwrap(noticeList);
  const subprocessors = unwrap(subprocessorList);
  const active = subprocessors.filter((s) => s.status === "active");
  return (
    <>
      <AdminHeader lang={lang} email={admin.email} />
      <h1>{shared("title")}</h1>
      {(done === "deleted" || done === "corrected") && <div className="alert alert-ok" role="status"><p>{t(`done.${done}`)}</p></div>}
      <div className="actions">
        <a className="button" href={`/admin/notices/new?lang=${lang}`}>{t("proposeChange")}</a>
        <a className="button secondary" href={`/admin/settings?lang=${lang}`}>{t("settingsLink")}</a>
      </div>
      <h2>{shared("notices")}</h2>
      {notices.length === 0 ? (
        <p className="alert alert-info">{t("noNotices")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("change")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("published")}</th>
                <th scope="col">{t("objectionDeadline")}</th>
                <th scope="col">{t("effective")}</th>
                <th scope="col">{t("emails")}</th>
                <th scope="col">{t("objections")}</th>
              </tr>
            </thead>
            <tbody>
              {notices.map((n) => (
                <tr key={n.id}>
                  <th scope="row">
                    <a href={`/admin/notices/${n.id}?lang=${lang}`}>
                      {t(`kinds.${n.changeKind}`)}{colon(lang)}{n.subprocessorName}
                    </a>
                  </th>
                  <td><NoticeBadge status={n.status} lang={lang} /></td>
                  <td>{formatDate(n.publishedAt, lang)}</td>
                  <td>{formatDate(n.objectionDeadline, lang)}</td>
                  <td>{formatDate(n.effectiveAt, lang)}</td>
                  <td>{deliveryCountsText(lang, n.deliveries)}</td>
                  <td>{t("openObjections", { count: n.objections.open, open: String(n.objections.open), total: String(n.objections.open + n.objections.resolved + n.objections.termination_right) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("subprocessorsTitle")}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr><th scope="col">{t("fields.name")}</th><th scope="col">{t("fields.legalEntity")}</th><th scope="col">{t("fields.purpose")}</th><th scope="col">{t("fields.location")}</th></tr>
          </thead>
          <tbody>
            {active.map((s) => (
              <tr key={s.id}>
                {/* The correction link sits with the name, so a phone shows it without scrolling the table. */}
                <th scope="row">{s.name} <a className="hint" href={`/admin/subprocessors/${s.id}/correct?lang=${lang}`} aria-label={corrections("linkLabel", { name: s.name })}>{corrections("link")}</a></th>
                <td>{s.legalEntity}</td><td>{s.purpose}</td><td>{s.location}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
