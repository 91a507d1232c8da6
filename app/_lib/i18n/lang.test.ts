import { describe, expect, it } from "vitest";
import { formatDate, frenchOf, pickLang } from "./lang";

describe("pickLang", () => {
  it("prefers ?lang= over the header", () => expect(pickLang("fr", "en-GB,en;q=0.9")).toBe("fr"));
  it("reads Accept-Language by quality", () => expect(pickLang(undefined, "de;q=0.9,fr-CA;q=0.8,en;q=0.1")).toBe("fr"));
  it("ignores unsupported and zero-quality languages", () => expect(pickLang("de", "fr;q=0,es")).toBe("en"));
  it("falls back to English", () => expect(pickLang(null, null)).toBe("en"));
});

describe("formatDate", () => {
  const at = Date.UTC(2026, 11, 22, 10, 15);
  it("formats in English with UTC", () => expect(formatDate(at, "en")).toBe("22 December 2026 at 10:15 UTC"));
  it("formats in French with UTC", () => expect(formatDate(at, "fr")).toBe("22 décembre 2026 à 10:15 UTC"));
  it("writes the first of a month as French does", () => expect(formatDate(Date.UTC(2026, 11, 1, 9, 0), "fr", false)).toBe("1er décembre 2026"));
  it("shows a dash for no date", () => expect(formatDate(null, "en")).toBe("—"));
});

describe("frenchOf", () => {
  it("elides before a vowel, accented or not", () => {
    expect(frenchOf("Intercom")).toBe("d’Intercom");
    expect(frenchOf("Écho Cloud")).toBe("d’Écho Cloud");
  });
  it("keeps « de » before a consonant, and before a brand's aspirated h", () => {
    expect(frenchOf("Mistral AI")).toBe("de Mistral AI");
    expect(frenchOf("HubSpot")).toBe("de HubSpot");
    expect(frenchOf("Hachette Cloud")).toBe("de Hachette Cloud");
  });
  it("elides before a word whose h is mute, singular or plural, whatever its case", () => {
    expect(frenchOf("Hôtel Connect")).toBe("d’Hôtel Connect");
    expect(frenchOf("HORIZON Data")).toBe("d’HORIZON Data");
    expect(frenchOf("Hébergeurs Réunis")).toBe("d’Hébergeurs Réunis");
    expect(frenchOf("Horizons")).toBe("d’Horizons");
    expect(frenchOf("Hotjar")).toBe("de Hotjar");
  });
});
