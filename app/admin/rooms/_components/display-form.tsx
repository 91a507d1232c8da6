import type { FieldIssue } from "@/workers/errors";
import { issueField, issueText } from "@/app/_lib/i18n/issue-text";
import { IssueSummary } from "@/app/_lib/issue-summary";
import { languages, type Lang } from "@/app/_lib/i18n/lang";
import { translator } from "@/i18n/translate";
import { DAY_NAMES_BY_LANG } from "@/workers/core/rooms.schema";

/** [1,2,3,4,5] → "mon-fri", [1,3,5] → "mon,wed,fri", in the page's language: as a person would type them. */
function businessDaysText(days: number[], lang: Lang): string {
  const names = DAY_NAMES_BY_LANG[lang];
  const runs: [number, number][] = [];
  for (const day of [...days].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && day === last[1] + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs
    .flatMap(([from, to]) => (to - from >= 2 ? [`${names[from]}-${names[to]}`] : names.slice(from, to + 1)))
    .join(",");
}

const THEMES = ["light", "dark", "high-contrast"] as const;
const SOURCES = ["demo", "microsoft", "google"] as const;
const ALLOWED = ["on", "off"] as const;
// "Never" last: the order the choices have always had.
const SERIES_STRIKES = ["2", "3", "4", "5", "off"] as const;

/** A stored display as the form's strings (the same strings CSV import accepts). */
export function displayToFields(d: {
  name: string; roomEmail: string; capacity: number; floor: string; building: string; equipment: string[]; timeZone: string;
  businessDays: number[]; businessStartMinute: number; businessEndMinute: number; lang: string; privacyMode: boolean;
  checkInMinutes: number | null; theme: string; calendarSource: string; mayBook: boolean; mayExtendEnd: boolean; mayRelease: boolean;
  noShowSeriesStrikes: number | null;
}, lang: Lang): Map<string, string> {
  const allowed = (on: boolean) => (on ? "on" : "off");
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return new Map([
    ["name", d.name], ["roomEmail", d.roomEmail], ["capacity", String(d.capacity)], ["floor", d.floor], ["building", d.building],
    ["equipment", d.equipment.join(", ")], ["timeZone", d.timeZone], ["businessDays", businessDaysText(d.businessDays, lang)],
    ["businessHours", `${hhmm(d.businessStartMinute)}-${hhmm(d.businessEndMinute)}`], ["lang", d.lang],
    ["privacyMode", d.privacyMode ? "on" : ""], ["checkInMinutes", d.checkInMinutes === null ? "" : String(d.checkInMinutes)],
    ["theme", d.theme], ["calendarSource", d.calendarSource],
    ["mayBook", allowed(d.mayBook)], ["mayExtendEnd", allowed(d.mayExtendEnd)], ["mayRelease", allowed(d.mayRelease)],
    ["noShowSeriesStrikes", d.noShowSeriesStrikes === null ? "off" : String(d.noShowSeriesStrikes)],
  ]);
}

export const DISPLAY_FIELD_NAMES = ["name", "roomEmail", "capacity", "floor", "building", "equipment", "timeZone", "businessDays", "businessHours", "lang", "privacyMode", "checkInMinutes", "theme", "calendarSource", "mayBook", "mayExtendEnd", "mayRelease", "noShowSeriesStrikes"] as const;

/** The display form: plain HTML, works without JavaScript; each problem next to its field and linked from the summary. */
export function DisplayForm({ lang, csrf, action, submitLabel, values = new Map(), issues = [], summaryLevel = 2 }: {
  lang: Lang; csrf: string; action: string; submitLabel: string; values?: Map<string, string>; issues?: FieldIssue[];
  /** The level of its problems' heading: 3 where the form sits under a section's h2. */
  summaryLevel?: 2 | 3;
}) {
  const t = translator(lang, "adminRooms");
  const allowed = ALLOWED.map((choice): [string, string] => [choice, t(`allowed.${choice}`)]);
  const errorFor = (field: string) => issues.find((i) => issueField(i) === field);
  const described = (field: string) => (errorFor(field) ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  const ErrorText = ({ field }: { field: string }) => {
    const issue = errorFor(field);
    return issue ? <p className="field-error" id={`${field}-error`}>{issueText(issue, lang)}</p> : null;
  };
  const textInput = (field: (typeof DISPLAY_FIELD_NAMES)[number], label: string, props: Record<string, string | boolean> = {}) => (
    <div className="field">
      <label htmlFor={field}>{label}</label>
      <ErrorText field={field} />
      <input id={field} name={field} defaultValue={values.get(field) ?? ""} {...props} {...described(field)} />
    </div>
  );
  const select = (field: "lang" | "theme" | "calendarSource" | "mayBook" | "mayExtendEnd" | "mayRelease" | "noShowSeriesStrikes", label: string, options: [value: string, name: string][], fallback: string) => (
    <div className="field">
      <label htmlFor={field}>{label}</label>
      <ErrorText field={field} />
      <select id={field} name={field} defaultValue={values.get(field) || fallback} {...described(field)}>
        {options.map(([value, name]) => <option key={value} value={value}>{name}</option>)}
      </select>
    </div>
  );
  return (
    <>
      <IssueSummary lang={lang} issues={issues} heading={t("displayNotSaved")} id="display-errors" level={summaryLevel} fieldOf={issueField} />
      <form className="stack" method="post" action={action} noValidate>
        <input type="hidden" name="csrf" value={csrf} />
        {textInput("name", t("name"), { required: true, maxLength: "80", autoComplete: "off" })}
        {textInput("roomEmail", t("roomEmail"), { type: "email", required: true, autoComplete: "off" })}
        {textInput("capacity", t("capacity"), { inputMode: "numeric", required: true })}
        {textInput("floor", t("floor"))}
        {textInput("building", t("building"))}
        {textInput("equipment", t("equipment"))}
        {textInput("timeZone", t("timeZone"), { placeholder: "Europe/Paris" })}
        {textInput("businessDays", t("businessDays"), { placeholder: businessDaysText([1, 2, 3, 4, 5], lang) })}
        {textInput("businessHours", t("businessHours"), { placeholder: "08:00-18:00" })}
        {select("lang", t("lang"), languages.map((l) => [l, t(`langs.${l}`)]), lang)}
        <div className="checkbox">
          <input type="checkbox" id="privacyMode" name="privacyMode" defaultChecked={values.get("privacyMode") === "on"} />
          <label htmlFor="privacyMode">{t("privacyMode")}</label>
        </div>
        {textInput("checkInMinutes", t("checkInMinutes"), { inputMode: "numeric" })}
        {select("theme", t("theme"), THEMES.map((theme) => [theme, t(`themes.${theme}`)]), "light")}
        {select("calendarSource", t("calendarSource"), SOURCES.map((source) => [source, t(`sources.${source}`)]), "demo")}
        <fieldset aria-describedby="permissions-lead">
          <legend>{t("permissionsLegend")}</legend>
          <p className="hint" id="permissions-lead">{t("permissionsLead")}</p>
          {select("mayBook", t("mayBook"), allowed, "on")}
          {select("mayExtendEnd", t("mayExtendEnd"), allowed, "on")}
          {select("mayRelease", t("mayRelease"), allowed, "on")}
          {select("noShowSeriesStrikes", t("noShowSeriesStrikes"), SERIES_STRIKES.map((strikes) => [strikes, t(`seriesStrikes.${strikes}`)]), "off")}
        </fieldset>
        <div className="actions"><button type="submit">{submitLabel}</button></div>
      </form>
    </>
  );
}

/** The form's flat fields → what the core's display schema reads. */
export function displayFieldsOf(form: Map<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  // Empty fields take the defaults (as empty CSV cells do); an unchecked box sends nothing: "off".
  for (const name of DISPLAY_FIELD_NAMES) {
    const value = form.get(name)?.trim();
    if (value) fields[name] = value;
  }
  return fields;
}
