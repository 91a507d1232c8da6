import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asAppError } from "@/workers/errors";
import { subprocessorFieldsSchema } from "@/workers/core/notices.schema";
import { submitInput } from "@/workers/core/objections.schema";
import { validationMessage } from "@/workers/validation-messages";
import { issueText } from "./issue-text";

/** What a person reads for every field of a form posted empty, in both languages. */
function messagesFor(parse: () => unknown) {
  try {
    parse();
  } catch (error) {
    const issues = asAppError(error).issues;
    return { en: issues.map((i) => issueText(i, "en")), fr: issues.map((i) => issueText(i, "fr")) };
  }
  throw new Error("expected the input to be refused");
}

// As the admin form sends it: the facts under "proposed".
const notice = z.object({ proposed: subprocessorFieldsSchema });

const validatorWords = /Invalid input|expected \w+, received|Too (small|big)|>=|<=/;

describe("zod's own checks, worded for a person", () => {
  it("names each missing field of a notice, in English and in French", () => {
    const { en, fr } = messagesFor(() => notice.parse({ proposed: {} }));
    expect(en).toContain("Legal entity is required.");
    expect(fr).toContain("Le champ « Entité juridique » est obligatoire.");
    for (const message of [...en, ...fr]) expect(message).not.toMatch(validatorWords);
  });

  it("says the length and names the field of a value too short, too long or empty", () => {
    const { en, fr } = messagesFor(() =>
      notice.parse({ proposed: { name: "", legalEntity: "x".repeat(301), purpose: "p", location: "l", dataCategories: [], transferMechanism: "t", website: "ftp://x" } }),
    );
    expect(en).toEqual(["Name is required.", "Legal entity can be at most 300 characters.", "Data categories needs at least 1 entry.", "Website must be a web address starting with https://."]);
    expect(fr).toEqual([
      "Le champ « Nom » est obligatoire.",
      "Le champ « Entité juridique » compte au plus 300 caractères.",
      "Le champ « Catégories de données » doit compter au moins 1 entrée.",
      "Le champ « Site web » attend une adresse web commençant par https://.",
    ]);
  });

  it("keeps a schema's own message where it has one", () => {
    const { en } = messagesFor(() => submitInput.parse({ noticeId: "ntc_00000000000000000000", client: "c", organisation: "Acme", contactEmail: "not an address", grounds: "a b c d e f g h i j k l m n o p q r s t", lang: "en" }));
    expect(en).toEqual(["Enter an email address like name@example.com."]);
  });
});

describe("a count of entries", () => {
  const say = (code: string, params: Record<string, string | number>, lang: "en" | "fr") => validationMessage({ code, field: "dataCategories", params }, lang);

  it("agrees in number in each language (French takes the singular for 0 and 1), its digits never regrouped", () => {
    expect(say("too_big", { origin: "array", maximum: 1 }, "en")).toBe("Data categories can have at most 1 entry.");
    expect(say("too_big", { origin: "array", maximum: 50 }, "en")).toBe("Data categories can have at most 50 entries.");
    expect(say("too_small", { origin: "array", minimum: 0 }, "fr")).toBe("Le champ «\u00a0Catégories de données\u00a0» doit compter au moins 0 entrée.");
    expect(say("too_big", { origin: "array", maximum: 1000 }, "fr")).toBe("Le champ «\u00a0Catégories de données\u00a0» compte au plus 1000 entrées.");
  });
});
