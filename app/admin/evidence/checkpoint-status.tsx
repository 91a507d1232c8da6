import { formatDate, type Lang } from "@/app/_lib/i18n/lang";
import type { CheckpointBreak, CheckpointVerdict } from "@/workers/evidence/checkpoint-verdict";
import { translator } from "@/i18n/translate";

/** The latest signed checkpoint, and whether the log still holds what every checkpoint covered. */
export function CheckpointStatus({ verdict, lang }: { verdict: CheckpointVerdict; lang: Lang }) {
  const t = translator(lang, "adminEvidence");
  const explain = (b: CheckpointBreak) =>
    b.problem === "signature"
      ? t("checkpointSignature", { size: String(b.size) })
      : b.problem === "entries_removed"
        ? t("checkpointEntriesRemoved", { size: String(b.size), logSize: String(b.logSize) })
        : t("checkpointRootDiffers", { size: String(b.size) });
  return (
    <section aria-labelledby="checkpoints-heading">
      <h2 id="checkpoints-heading">{t("checkpointsHeading")}</h2>
      <p>{t("checkpointsLead")}</p>
      {verdict.consistent ? (
        verdict.checked > 0 && <div className="alert alert-ok" role="status"><p>{t("checkpointsConsistent", { count: verdict.checked, checked: String(verdict.checked) })}</p></div>
      ) : (
        <div className="alert alert-error" role="alert">
          <p>{t("checkpointsInconsistent")}</p>
          <ul>{verdict.breaks.map((b) => <li key={`${b.size}:${b.problem}`}>{explain(b)}</li>)}</ul>
        </div>
      )}
      {verdict.latest ? (
        <>
          <p>{t("latestCheckpoint", { size: String(verdict.latest.size), at: formatDate(verdict.latest.signedAt, lang) })}</p>
          <p>{t("rootHash")} <code className="hash">{verdict.latest.rootHash}</code></p>
        </>
      ) : (
        <p>{t("noCheckpoint")}</p>
      )}
      <ul className="feeds">
        <li><a href="/evidence/checkpoints.json">{t("publicCheckpoints")}</a></li>
        <li><a href="/evidence/public-key">{t("publicKeyJwk")}</a></li>
        <li><a href="/evidence/public-key.pem">{t("publicKeyPem")}</a></li>
      </ul>
    </section>
  );
}
