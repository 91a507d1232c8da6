import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import fr from "@/i18n/messages/fr.json" with { type: "json" };
import { translator } from "@/i18n/translate";
import { renderHtml } from "@/emails/html";
import { renderText } from "@/emails/text";
import { templateSamples } from "@/emails/template-samples";
import { frenchTypographyProblems } from "./french-typography";

describe("the French typography check", () => {
  it("finds each mistake the rules name", () => {
    for (const wrong of ["Ajout : Mistral AI", "Statut:", "Pourquoi ?", "« Atlas »", "Retrait de Intercom", "le 1 décembre 2026", "de 1 à 2 000", "1 e-mail envoyés", "0 écrans", "un avis notice-published", "statut window_closed"]) {
      expect(frenchTypographyProblems(wrong), wrong).not.toEqual([]);
    }
  });

  it("passes French written right, and what is not French text at all", () => {
    for (const right of ["Ajout\u00a0: Mistral AI", "Pourquoi\u00a0?", "«\u00a0Atlas\u00a0»", "Retrait d’Intercom", "Retrait de Mistral AI", "le 1er décembre", "le 11 décembre", "1 e-mail envoyé", "2 e-mails envoyés", "1 mois", "https://x.test/o?token=a", "de 08:00 à 18:00", "2\u202f000 caractères", "de 1 à 2\u00a0000", "lun-ven", "e-mail", "1 sous-traitant dans cette version"]) {
      expect(frenchTypographyProblems(right), right).toEqual([]);
    }
  });
});

describe.each(templateSamples)("the %s email in French", (_name, template) => {
  it("keeps French typography in its subject, HTML and text", () => {
    const content = template("fr");
    const html = renderHtml(content.blocks, "fr", content.subject, content.preview).replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, "\u00a0");
    for (const output of [content.subject, content.preview, renderText(content.blocks, "fr"), html]) expect(frenchTypographyProblems(output)).toEqual([]);
  });
});

/** A message's arguments: each plural as 0, 1 and 3 in turn, a number in the thousands, a select's choices in turn, every other argument a name (one that takes « de »). */
function samples(message: string): Record<string, string | number>[] {
  const names = new Map<string, "plural" | "number" | "name" | string[]>();
  const visit = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.argument) names.set(element.value, names.get(element.value) ?? "name");
      if (element.type === TYPE.number) names.set(element.value, "number");
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        names.set(element.value, element.type === TYPE.plural ? "plural" : Object.keys(element.options));
        for (const option of Object.values(element.options)) visit(option.value);
      }
    }
  };
  visit(parse(message));
  // A select's each choice in turn, beside the plurals' 0, 1 and 3.
  return [0, 1, 3].map((count, turn) =>
    Object.fromEntries([...names].map(([name, kind]) => [name, kind === "plural" ? count : kind === "number" ? 1234 + count : kind === "name" ? "Datadog" : (kind[turn % kind.length] ?? "other")])),
  );
}

/** Every message of a namespace by its key within it. */
function messagesOf(namespace: object, prefix = ""): [string, string][] {
  return Object.entries(namespace).flatMap(([key, value]) => (typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : messagesOf(value as object, `${prefix}${key}.`)));
}

describe.each(Object.keys(fr) as (keyof typeof fr)[])("the French catalogue's %s namespace", (namespace) => {
  // Every key in turn: the keys are plain strings here, not the typed union a caller names.
  const t = translator("fr", namespace) as unknown as (key: string, values?: object) => string;
  it("keeps French typography in every message, whatever its arguments", () => {
    for (const [key, message] of messagesOf(fr[namespace])) for (const values of samples(message)) expect(frenchTypographyProblems(t(key, values)), key).toEqual([]);
  });
});
