import { describe, expect, it } from "vitest";
import { TRANSLATED_FIELDS } from "./domain/french-content";
import { documentFieldLabel, fieldLabel, frenchFieldNames } from "./field-labels";

describe("frenchFieldNames and documentFieldLabel", () => {
  it("name each translated fact's French in the documents and in the forms, and label it by either", () => {
    for (const field of TRANSLATED_FIELDS) {
      const { inDocuments, inForms } = frenchFieldNames[field];
      expect(inDocuments).toBe(`translations.fr.${field}`);
      expect(documentFieldLabel(inDocuments, "fr")).toBe(fieldLabel(inForms, "fr"));
    }
    expect(documentFieldLabel("translations.fr.dataCategories", "en")).toBe("Data categories in French");
    expect(documentFieldLabel("translations.fr.purpose", "fr")).toBe("Finalité en français");
  });

  it("label an English field by its own name, and nothing for a name no form shows", () => {
    expect(documentFieldLabel("website", "fr")).toBe("Site web");
    expect(documentFieldLabel("translations.fr.name", "en")).toBeUndefined();
  });
});
