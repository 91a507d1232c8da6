import { describe, expect, it } from "vitest";
import { issuePlace, issueText } from "./issue-text";

describe("field problems in the reader's language", () => {
  it("keeps the core's English message on English pages", () => {
    const issue = { path: "capacity", code: "too_small", message: "Capacity is at least 1." };
    expect(issueText(issue, "en")).toBe("Capacity is at least 1.");
  });

  it("phrases a form field's problem in French", () => {
    expect(issueText({ path: "fields.capacity", code: "too_small", message: "Capacity is at least 1." }, "fr")).toBe("La capacité est un nombre entier de places, de 1 à 2 000.");
    expect(issueText({ path: "name", code: "taken", message: "Another display already has this name." }, "fr")).toBe("Un autre écran de cette organisation porte déjà ce nom.");
  });

  it("phrases a CSV line's problem in French, column first, with what the core named", () => {
    const line = { path: "line 4", code: "custom", message: "businessHours: Use hours like 08:00-18:00.", field: "businessHours", params: { line: 4 } };
    expect(issuePlace(line, "fr")).toBe("ligne 4");
    expect(issueText(line, "fr")).toBe("businessHours : indiquez des heures comme 08:00-18:00 (début avant fin).");
    const duplicate = { path: "line 6", code: "duplicate", message: "name: \"Atlas\" is also on line 3.", field: "name", params: { line: 6, name: "Atlas", otherLine: 3 } };
    expect(issueText(duplicate, "fr")).toBe("name : « Atlas » figure aussi à la ligne 3.");
    const cells = { path: "line 2", code: "cells", message: "Has 2 cells; the header has 3.", params: { line: 2, cells: 2, expected: 3 } };
    expect(issueText(cells, "fr")).toBe("2 cellules ; l’en-tête en a 3.");
    expect(issuePlace({ path: "file", code: "too_many", message: "" }, "fr")).toBe("fichier");
  });

  it("falls back to the English message for a problem it does not know, rather than hiding it", () => {
    expect(issueText({ path: "somethingNew", code: "custom", message: "Something new is wrong." }, "fr")).toBe("Something new is wrong.");
  });
});
