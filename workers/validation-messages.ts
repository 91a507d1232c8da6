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

type Phrases = {
  label: (field: string) => string;
  required: (label: string) => string;
  number: (label: string) => string;
  yesNo: (label: string) => string;
  minChars: (label: string, n: number) => string;
  maxChars: (label: string, n: number) => string;
  minItems: (label: string, n: number) => string;
  maxItems: (label: string, n: number) => string;
  minNumber: (label: string, n: number) => string;
  maxNumber: (label: string, n: number) => string;
  email: (label: string) => string;
  url: (label: string) => string;
  format: (label: string) => string;
  oneOf: (label: string, values: string) => string;
  unexpected: (keys: string) => string;
  invalid: (label: string) => string;
};

const en: Phrases = {
  label: (field) => fieldLabel(field, "en") ?? "This field",
  required: (label) => `${label} is required.`,
  number: (label) => `${label} must be a number.`,
  yesNo: (label) => `${label} must be yes or no.`,
  minChars: (label, n) => `${label} needs at least ${n} characters.`,
  maxChars: (label, n) => `${label} can be at most ${n.toLocaleString("en")} characters.`,
  minItems: (label, n) => `${label} needs at least ${n} ${n === 1 ? "entry" : "entries"}.`,
  maxItems: (label, n) => `${label} can have at most ${n} entries.`,
  minNumber: (label, n) => `${label} must be at least ${n}.`,
  maxNumber: (label, n) => `${label} must be at most ${n.toLocaleString("en")}.`,
  email: (label) => `${label}: enter an email address like name@example.com.`,
  url: (label) => `${label} must be a web address starting with https://.`,
  format: (label) => `${label} is not in the expected form.`,
  oneOf: (label, values) => `${label} must be one of: ${values}.`,
  unexpected: (keys) => `This form sent a field it does not expect (${keys}).`,
  invalid: (label) => `${label} is not valid.`,
};

// French puts a no-break space (U+00A0) before « : ; ? ! » and inside guillemets.
const fr: Phrases = {
  label: (field) => {
    const label = fieldLabel(field, "fr");
    return label ? `Le champ « ${label} »` : "Ce champ";
  },
  required: (label) => `${label} est obligatoire.`,
  number: (label) => `${label} doit être un nombre.`,
  yesNo: (label) => `${label} doit valoir oui ou non.`,
  minChars: (label, n) => `${label} doit compter au moins ${n} caractères.`,
  maxChars: (label, n) => `${label} compte au plus ${n.toLocaleString("fr")} caractères.`,
  minItems: (label, n) => `${label} doit compter au moins ${n} ${n === 1 ? "entrée" : "entrées"}.`,
  maxItems: (label, n) => `${label} compte au plus ${n} entrées.`,
  minNumber: (label, n) => `${label} doit valoir au moins ${n}.`,
  maxNumber: (label, n) => `${label} doit valoir au plus ${n.toLocaleString("fr")}.`,
  email: (label) => `${label} attend une adresse e-mail comme nom@exemple.fr.`,
  url: (label) => `${label} attend une adresse web commençant par https://.`,
  format: (label) => `${label} n’a pas la forme attendue.`,
  oneOf: (label, values) => `${label} doit valoir l’une de ces valeurs : ${values}.`,
  unexpected: (keys) => `Ce formulaire a envoyé un champ inattendu (${keys}).`,
  invalid: (label) => `${label} n’est pas valide.`,
};

/** A zod issue's own words put as a person would, or undefined for a code zod does not raise itself. */
export function validationMessage({ code, field, params }: IssueFacts, lang: "en" | "fr"): string | undefined {
  const say = lang === "fr" ? fr : en;
  const label = say.label(field);
  const n = Number(params.minimum ?? params.maximum ?? 0);
  switch (code) {
    case "invalid_type":
      if (params.expected === "number" || params.expected === "int") return say.number(label);
      if (params.expected === "boolean") return say.yesNo(label);
      return say.required(label);
    case "too_small":
      if (params.origin === "string") return n <= 1 ? say.required(label) : say.minChars(label, n);
      if (params.origin === "array" || params.origin === "set") return say.minItems(label, n);
      return say.minNumber(label, n);
    case "too_big":
      if (params.origin === "string") return say.maxChars(label, n);
      if (params.origin === "array" || params.origin === "set") return say.maxItems(label, n);
      return say.maxNumber(label, n);
    case "invalid_format":
      if (params.format === "email") return say.email(label);
      if (params.format === "url") return say.url(label);
      return say.format(label);
    case "invalid_value":
      return say.oneOf(label, String(params.values ?? ""));
    case "unrecognized_keys":
      return say.unexpected(String(params.keys ?? ""));
    case "invalid_union":
    case "invalid_key":
    case "invalid_element":
    case "not_multiple_of":
      return say.invalid(label);
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
