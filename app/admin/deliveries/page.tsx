import { requestLang } from "@/app/_lib/i18n/request-lang";
import { Fragment } from "react";
import { core, unwrap } from "@/app/_lib/core";
import { formatDate } from "@/app/_lib/i18n/lang";
import { AdminHeader } from "../_components/admin-header";
import { requireAdminPage } from "../_lib/guard";
import { translator } from "@/i18n/translate";

export const dynamic = "force-dynamic";

// The tab's title in the page's language (requestLang reads the header the middleware set).
export async function generateMetadata() {
  return { title: translator(await requestLang(), "adminDeliveries")("title") };
}

// GET /admin/deliveries – what Resend's delivery webhooks said, and who list mail no longer reaches.
export default async function DeliveriesPage() {
  const { lang, sessionToken, admin } = await requireAdminPage();
  const t = translator(lang, "adminDeliveries");
  const report = unwrap(await (await core()).admin().deliveries({ sessionToken }));
  const outcomes = ["delivered", "bounced", "complained", "delayed", "unknown"] as const;
  return (
    <>
      <AdminHeader lang={lang} email={admin.email} />
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <h2>{t("sentHeading")}</h2>
      <dl className="facts" data-testid="delivery-outcomes">
        {outcomes.map((outcome) => (
          <Fragment key={outcome}>
            <dt>{t(`outcomes.${outcome}`)}</dt>
            <dd data-outcome={outcome}>{report.sent[outcome]}</dd>
          </Fragment>
        ))}
      </dl>
      <h2>{t("suppressedHeading")}</h2>
      {report.suppressed.length === 0 ? (
        <p className="alert alert-info">{t("noneSuppressed")}</p>
      ) : (
        <>
          <div className="alert alert-warn" role="status"><p>{t("chase")}</p></div>
          <div className="table-wrap">
            <table className="stacked-table">
              <thead>
                <tr><th scope="col">{t("address")}</th><th scope="col">{t("reason")}</th><th scope="col">{t("since")}</th></tr>
              </thead>
              <tbody>
                {report.suppressed.map((s) => (
                  <tr key={s.email}>
                    <th scope="row">{s.email}</th>
                    <td data-label={t("reason")}>{t(`reasons.${s.reason}`)}</td>
                    <td data-label={t("since")}>{formatDate(s.since, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
