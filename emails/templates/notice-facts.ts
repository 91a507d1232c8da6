import type { NoticePeriods } from "@/workers/domain/notice-periods";
import { translator } from "@/i18n/translate";
import { emailDate, type Block, type FactRow, type Lang } from "../message";

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
  /** The text shown in English to a reader of another language, where no translation was written (marked lang="en"). */
  inEnglish?: readonly NoticeText[];
}

/** The free text of a notice that may be written in French beside the English (ADR 020). */
export type NoticeText = "purpose" | "location" | "dataCategories" | "transferMechanism" | "reason" | "withdrawalReason";

/** A fact row about a notice's text: marked English when the reader was given the English. */
export function textRow(facts: NoticeFacts, field: NoticeText, label: string, value: string): FactRow {
  return facts.inEnglish?.includes(field) ? [label, value, "en"] : [label, value];
}

export function changeLabel(kind: NoticeFacts["changeKind"], lang: Lang): string {
  return translator(lang, "emails.noticeFacts")(kind);
}

export function noticeFactBlocks(facts: NoticeFacts, lang: Lang): Block[] {
  const t = translator(lang, "emails.noticeFacts");
  const rows: FactRow[] = [
    [t("changeLabel"), changeLabel(facts.changeKind, lang)],
    [t("subprocessor"), facts.subprocessorName],
  ];
  if (facts.changeKind !== "remove") {
    rows.push(
      [t("legalEntity"), facts.legalEntity],
      textRow(facts, "purpose", t("purpose"), facts.purpose),
      textRow(facts, "location", t("location"), facts.location),
      textRow(facts, "dataCategories", t("data"), facts.dataCategories.join(", ")),
      textRow(facts, "transferMechanism", t("transfer"), facts.transferMechanism),
    );
  }
  const { noticePeriodDays, objectionWindowDays, resolutionPeriodDays } = facts.periods;
  rows.push(
    textRow(facts, "reason", t("reason"), facts.reason),
    [t("published"), emailDate(facts.publishedAt, lang)],
    [t("deadline"), emailDate(facts.objectionDeadline, lang)],
    [t("effective"), emailDate(facts.effectiveAt, lang)],
    [t("periods"), t("periodsText", { notice: noticePeriodDays, objection: objectionWindowDays, resolution: resolutionPeriodDays })],
  );
  return [{ type: "facts", rows }];
}
