import { translator } from "@/i18n/translate";
import type { Lang } from "./domain/lang";
import { fieldLabel } from "./field-labels";

/**
 * What a person reads when a field fails one of zod's own checks (a missing field, a length, a
 * format) and the schema gave no message of its own: the field by its label, the rule in plain
 * words, in either language. The core words it in English (logs, the JSON API, English pages);
 * a French page phrases the same issue from its code and params.
 */

export type IssueParams = Record<string, string | number>;

interface IssueFacts {
  code: string;
  field: string;
  params: IssueParams;
}

/**
 * The phrases are the catalogues' `validation` namespace. Every number arrives as text and a
 * count of entries only chooses the plural, so `#` never regroups digits.
 */
export function validationMessage({ code, field, params }: IssueFacts, lang: Lang): string | undefined {
  const t = translator(lang, "validation");
  const known = fieldLabel(field, lang);
  const label = known ? t("label.named", { label: known }) : t("label.unnamed");
  const n = Number(params.minimum ?? params.maximum ?? 0);
  // As these messages always wrote them: maxima of lengths and numbers grouped ("5,000"), the rest not.
  const plain = String(n);
  const grouped = n.toLocaleString(lang);
  switch (code) {
    case "invalid_type":
      if (params.expected === "number" || params.expected === "int") return t("number", { label });
      if (params.expected === "boolean") return t("yesNo", { label });
      return t("required", { label });
    case "too_small":
      if (params.origin === "string") return n <= 1 ? t("required", { label }) : t("minChars", { label, min: plain });
      if (params.origin === "array" || params.origin === "set") return t("minItems", { label, count: n, min: plain });
      return t("minNumber", { label, min: plain });
    case "too_big":
      if (params.origin === "string") return t("maxChars", { label, max: grouped });
      if (params.origin === "array" || params.origin === "set") return t("maxItems", { label, count: n, max: plain });
      return t("maxNumber", { label, max: grouped });
    case "invalid_format":
      if (params.format === "email") return t("email", { label });
      if (params.format === "url") return t("url", { label });
      return t("format", { label });
    case "invalid_value":
      return t("oneOf", { label, values: String(params.values ?? "") });
    case "unrecognized_keys":
      return t("unexpected", { keys: String(params.keys ?? "") });
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
      return t("invalid", { label });
    default:
      return undefined;
  }
}

/** The parts of a zod issue a message needs, as plain data that survives RPC. */
export function validationParams(issue: object): IssueParams {
  const params: IssueParams = {};
  for (const key of ["minimum", "maximum", "origin", "expected", "format"] as const) {
    const value = (issue as Partial<Record<typeof key, unknown>>)[key];
    if (typeof value === "string" || typeof value === "number") params[key] = value;
    if (typeof value === "bigint") params[key] = Number(value);
  }
  const { values, keys } = issue as { values?: unknown[]; keys?: unknown[] };
  if (Array.isArray(values)) params.values = values.map(String).join(", ");
  if (Array.isArray(keys)) params.keys = keys.map(String).join(", ");
  return params;
}
