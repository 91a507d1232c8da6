import { describe, expect, it } from "vitest";
import { renderHtml } from "@/emails/html";
import { renderText } from "@/emails/text";
import { templateSamples } from "@/emails/template-samples";
import { frenchTypographyProblems } from "./french-typography";

describe("the French typography check", () => {
  it("finds each mistake the rules name", () => {
    for (const wrong of ["Ajout : Mistral AI", "Statut:", "Pourquoi ?", "« Atlas »", "Retrait de Intercom", "le 1 décembre 2026", "1 e-mail envoyés", "0 écrans", "un avis notice-published", "statut window_closed"]) {
      expect(frenchTypographyProblems(wrong), wrong).not.toEqual([]);
    }
  });

  it("passes French written right, and what is not French text at all", () => {
    for (const right of ["Ajout\u00a0: Mistral AI", "Pourquoi\u00a0?", "«\u00a0Atlas\u00a0»", "Retrait d’Intercom", "Retrait de Mistral AI", "le 1er décembre", "le 11 décembre", "1 e-mail envoyé", "2 e-mails envoyés", "1 mois", "https://x.test/o?token=a", "de 08:00 à 18:00", "2\u202f000 caractères", "lun-ven", "e-mail"]) {
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
