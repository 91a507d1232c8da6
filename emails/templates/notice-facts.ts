import type { NoticePeriods } from "@/workers/domain/notice-periods";
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

/** "30 days" / « 30 jours », for the periods the emails state. */
export function days(n: number, lang: Lang): string {
  return lang === "fr" ? `${n} jour${n > 1 ? "s" : ""}` : `${n} day${n === 1 ? "" : "s"}`;
}

const words = {
  en: {
    add: "New subprocessor",
    remove: "Subprocessor removed",
    change: "Subprocessor changed",
    change_: "Change",
    subprocessor: "Subprocessor",
    legalEntity: "Legal entity",
    purpose: "Purpose",
    location: "Processing location",
    data: "Data categories",
    transfer: "Transfer mechanism",
    reason: "Why",
    published: "Noticed on",
    deadline: "Objections until",
    effective: "Takes effect on",
    periods: "Periods",
    periodsText: (p: NoticePeriods) =>
      `notice of ${days(p.noticePeriodDays, "en")}; objections within ${days(p.objectionWindowDays, "en")}; each objection answered within ${days(p.resolutionPeriodDays, "en")}`,
  },
  fr: {
    add: "Nouveau sous-traitant ultérieur",
    remove: "Sous-traitant ultérieur retiré",
    change: "Sous-traitant ultérieur modifié",
    change_: "Modification",
    subprocessor: "Sous-traitant ultérieur",
    legalEntity: "Entité juridique",
    purpose: "Finalité",
    location: "Lieu de traitement",
    data: "Catégories de données",
    transfer: "Mécanisme de transfert",
    reason: "Motif",
    published: "Notifié le",
    deadline: "Oppositions jusqu’au",
    effective: "Prend effet le",
    periods: "Délais",
    periodsText: (p: NoticePeriods) =>
      `préavis de ${days(p.noticePeriodDays, "fr")} ; oppositions sous ${days(p.objectionWindowDays, "fr")} ; réponse à chaque opposition sous ${days(p.resolutionPeriodDays, "fr")}`,
  },
} as const;

export function changeLabel(kind: NoticeFacts["changeKind"], lang: Lang): string {
  return words[lang][kind];
}

export function noticeFactBlocks(facts: NoticeFacts, lang: Lang): Block[] {
  const w = words[lang];
  const rows: [string, string][] = [
    [w.change_, changeLabel(facts.changeKind, lang)],
    [w.subprocessor, facts.subprocessorName],
  ];
  if (facts.changeKind !== "remove") {
    rows.push(
      [w.legalEntity, facts.legalEntity],
      [w.purpose, facts.purpose],
      [w.location, facts.location],
      [w.data, facts.dataCategories.join(", ")],
      [w.transfer, facts.transferMechanism],
    );
  }
  rows.push(
    [w.reason, facts.reason],
    [w.published, emailDate(facts.publishedAt, lang)],
    [w.deadline, emailDate(facts.objectionDeadline, lang)],
    [w.effective, emailDate(facts.effectiveAt, lang)],
    [w.periods, w.periodsText(facts.periods)],
  );
  return [{ type: "facts", rows }];
}
