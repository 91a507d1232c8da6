import { translator } from "@/i18n/translate";
import { emailDate, type Block, type Lang } from "../message";

export interface ObjectionFacts {
  id: string;
  organisation: string;
  contactEmail: string;
  grounds: string;
  receivedAt: number;
  resolutionDeadline: number;
  remedy: string | null;
  resolutionNote: string | null;
  subprocessorName: string;
  noticeUrl: string;
}

/** The four remedies of DPA §1.g (and withdrawal of the whole change). */
const remedies = ["change_cancelled", "remediated", "feature_stopped", "customer_stops_data", "change_withdrawn"] as const;
type Remedy = (typeof remedies)[number];

function isRemedy(value: string): value is Remedy {
  return (remedies as readonly string[]).includes(value);
}

/** A remedy in plain words; one we have no words for is shown as recorded. */
export function remedyText(remedy: string, lang: Lang): string {
  return isRemedy(remedy) ? translator(lang, "emails.remedies")(remedy) : remedy;
}

/** The four outcomes an objection can have, as the receipt lists them. */
export function remedyOptions(lang: Lang): string[] {
  return remedies.filter((remedy) => remedy !== "change_withdrawn").map((remedy) => remedyText(remedy, lang));
}

export function objectionFactBlocks(o: ObjectionFacts, lang: Lang): Block[] {
  const t = translator(lang, "emails.objectionFacts");
  return [
    {
      type: "facts",
      rows: [
        [t("reference"), o.id],
        [t("change"), o.subprocessorName],
        [t("organisation"), o.organisation],
        [t("contact"), o.contactEmail],
        [t("received"), emailDate(o.receivedAt, lang)],
        [t("resolveBy"), emailDate(o.resolutionDeadline, lang)],
      ],
    },
    { type: "paragraph", text: t("grounds", { grounds: o.grounds }) },
  ];
}
