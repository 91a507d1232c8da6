import type { NoticePeriods } from "@/workers/domain/notice-periods";
import { translator } from "@/i18n/translate";
import { emailDate, type Block, type Lang } from "../message";

/** What a notice email says about the change, shared by the notice templates. */
export interface NoticeFacts {
  changeKind: "add" | "remove" | "change";
  subprocessorName: string;
  legalEntity: string;
  purpose: string;
  location: string;
  dataCategories: string[];
  transferMechanism: string;
  reason: string;
  publishedAt: number | null;
  objectionDeadline: number | null;
  effectiveAt: number | null;
  /** The periods the notice runs on, in force when it was published. */
  periods: NoticePeriods;
  /** Why the vendor withdrew it, once withdrawn. */
  withdrawalReason: string | null;
}

export function changeLabel(kind: NoticeFacts["changeKind"], lang: Lang): string {
  return translator(lang, "emails.noticeFacts")(kind);
}

export function noticeFactBlocks(facts: NoticeFacts, lang: Lang): Block[] {
  const t = translator(lang, "emails.noticeFacts");
  const rows: [string, string][] = [
    [t("changeLabel"), changeLabel(facts.changeKind, lang)],
    [t("subprocessor"), facts.subprocessorName],
  ];
  if (facts.changeKind !== "remove") {
    rows.push(
      [t("legalEntity"), facts.legalEntity],
      [t("purpose"), facts.purpose],
      [t("location"), facts.location],
      [t("data"), facts.dataCategories.join(", ")],
      [t("transfer"), facts.transferMechanism],
    );
  }
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays } = facts.periods;
  rows.push(
    [t("reason"), facts.reason],
    [t("published"), emailDate(facts.publishedAt, lang)],
    [t("deadline"), emailDate(facts.objectionDeadline, lang)],
    [t("effective"), emailDate(facts.effectiveAt, lang)],
    [t("periods"), t("periodsText", { notice: noticePeriodDays, objection: objectionWindowDays, resolution: resolutionPeriodDays })],
  );
  return [{ type: "facts", rows }];
}
