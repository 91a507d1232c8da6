import { describe, expect, it } from "vitest";
import { issuePlace, issueText } from "./issue-text";

describe("field problems in the reader's language", () => {
  it("words a form field's problem by what the field wants, in English as in French", () => {
    const issue = { path: "fields.capacity", code: "too_small", message: "Capacity is at least 1." };
    expect(issueText(issue, "en")).toBe("Capacity is a whole number of seats, from 1 to 2,000.");
    const line = { path: "line 4", code: "custom", message: "businessHours: Use hours like 08:00-18:00.", field: "businessHours", params: { line: 4 } };
    expect(issueText(line, "en")).toBe("businessHours: Use hours like 08:00-18:00 (start before end).");
    expect(issuePlace(line, "en")).toBe("line 4");
  });

  it("keeps the core's English message on English pages for a field without a hint", () => {
    const issue = { path: "reason", code: "too_small", message: "Reason needs at least 10 characters." };
    expect(issueText(issue, "en")).toBe("Reason needs at least 10 characters.");
  });

  it("phrases a form field's problem in French", () => {
    expect(issueText({ path: "fields.capacity", code: "too_small", message: "Capacity is at least 1." }, "fr")).toBe("La capacité est un nombre entier de places, de 1 à 2\u00a0000.");
    expect(issueText({ path: "name", code: "taken", message: 'A display named "Atlas" already exists.', params: { name: "Atlas" } }, "fr")).toBe("Un écran nommé «\u00a0Atlas\u00a0» existe déjà.");
  });

  it("phrases a CSV line's problem in French, column first, with what the core named", () => {
    const line = { path: "line 4", code: "custom", message: "businessHours: Use hours like 08:00-18:00.", field: "businessHours", params: { line: 4 } };
    expect(issuePlace(line, "fr")).toBe("ligne 4");
    expect(issueText(line, "fr")).toBe("businessHours : indiquez des heures comme 08:00-18:00 (début avant fin).");
    const duplicate = { path: "line 6", code: "duplicate", message: "name: \"Atlas\" is also on line 3.", field: "name", params: { line: 6, name: "Atlas", otherLine: 3 } };
    expect(issueText(duplicate, "fr")).toBe("name : « Atlas » figure aussi à la ligne 3.");
    const cells = { path: "line 2", code: "cells", message: "Has 2 cells; the header has 3.", params: { line: 2, cells: 2, expected: 3 } };
    expect(issueText(cells, "fr")).toBe("2 cellules ; l’en-tête en a 3.");
    expect(issuePlace({ path: "file", code: "too_many", message: "" }, "fr")).toBe("fichier");
  });

  it("names the field whose characters are refused, in French", () => {
    const lineBreak = { path: "proposed.name", code: "line_break", message: "Name must fit on one line: remove the line break." };
    expect(issueText(lineBreak, "fr")).toBe("Le champ « Nom » doit tenir sur une seule ligne : supprimez le retour à la ligne.");
    const tab = { path: "proposed.dataCategories.2", code: "control_character", message: "" };
    expect(issueText(tab, "fr")).toBe("Le champ « Catégories de données » contient un caractère de contrôle invisible (une tabulation, par exemple) : supprimez-le.");
    expect(issueText({ path: "organisation", code: "direction_control", message: "" }, "fr")).toBe("Le champ « Organisation » contient une marque invisible de sens d’écriture : supprimez-la.");
    const csv = { path: "line 3", code: "control_character", message: "floor: …", field: "floor", params: { line: 3 } };
    expect(issueText(csv, "fr")).toBe("floor : le champ « Étage » contient un caractère de contrôle invisible (une tabulation, par exemple) : supprimez-le.");
  });

  it("says which existing name a look-alike would be taken for, in French", () => {
    expect(issueText({ path: "name", code: "confusable", message: "", params: { name: "Atlas", among: "existing" } }, "fr")).toBe("Le champ « Nom » ressemble à s’y méprendre à « Atlas », qui existe déjà : choisissez un nom qui se lit autrement.");
    const proposed = { path: "proposed.name", code: "confusable", message: "", params: { name: "Cloudflare", among: "proposals" } };
    expect(issueText(proposed, "en")).toBe("Name looks the same as “Cloudflare”, which is already listed or proposed: choose a name that reads differently.");
    expect(issueText(proposed, "fr")).toBe("Le champ «\u00a0Nom\u00a0» ressemble à s’y méprendre à «\u00a0Cloudflare\u00a0», qui figure déjà dans la liste ou dans un avis\u00a0: choisissez un nom qui se lit autrement.");
    const line = { path: "line 4", code: "confusable_line", message: "", field: "name", params: { line: 4, name: "Orion", otherLine: 3 } };
    expect(issueText(line, "fr")).toBe("name : ce nom ressemble à s’y méprendre à « Orion », à la ligne 3 : choisissez des noms qui se lisent autrement.");
  });

  it("falls back to the English message for a problem it does not know, rather than hiding it", () => {
    expect(issueText({ path: "somethingNew", code: "custom", message: "Something new is wrong." }, "fr")).toBe("Something new is wrong.");
  });
});
