import { core, unwrap } from "@/app/_lib/core";
import type { Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";

/**
 * Which customer organisations a notice reached through their notice contacts, and which it
 * cannot reach at all (plain HTML: nothing here needs JavaScript).
 */
export async function NoticeReach({ lang, sessionToken, noticeId }: { lang: Lang; sessionToken: string; noticeId: string }) {
  const t = translator(lang, "adminNoticeReach");
  const { organisations } = unwrap(await (await core()).contacts().noticeReach({ sessionToken, noticeId }));
  const unreached = organisations.filter((o) => o.unreached);
  return (
    <section aria-labelledby="reach-title" data-testid="notice-reach">
      <h2 id="reach-title">{t("title")}</h2>
      <p className="hint">{t("lead")}</p>
      {organisations.length === 0 ? (
        <p className="alert alert-info">{t("noOrganisations")}</p>
      ) : (
        <div className="table-wrap">
          <table className="stacked-table">
            <thead>
              <tr>
                <th scope="col">{t("organisation")}</th>
                <th scope="col">{t("told")}</th>
                <th scope="col">{t("delivered")}</th>
                <th scope="col">{t("refused")}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((o) => (
                <tr key={o.orgId}>
                  <th scope="row">{o.name}</th>
                  <td data-label={t("told")}>{o.told}{o.owed > 0 && <span className="hint"> ({t("owed", { count: String(o.owed) })})</span>}</td>
                  <td data-label={t("delivered")}>{o.delivered}</td>
                  <td data-label={t("refused")}>{o.refused}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3 id="unreached-title">{t("unreachedTitle")}</h3>
      {unreached.length === 0 ? (
        <p className="alert alert-ok">{t("allReached")}</p>
      ) : (
        <>
          <p>{t("unreachedLead")}</p>
          <ul aria-labelledby="unreached-title" data-testid="unreached-organisations">
            {unreached.map((o) => <li key={o.orgId}><strong>{o.name}</strong> — {t(`reasons.${o.unreached!}`)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}
