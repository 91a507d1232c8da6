import { describe, expect, it } from "vitest";
import { formatDate } from "./format-date";

describe("formatDate", () => {
  const at = Date.UTC(2026, 11, 22, 10, 15);
  it("formats in English with UTC", () => expect(formatDate(at, "en")).toBe("22 December 2026 at 10:15 UTC"));
  it("formats in French with UTC", () => expect(formatDate(at, "fr")).toBe("22 décembre 2026 à 10:15 UTC"));
  it("shows a dash for no date", () => expect(formatDate(null, "en")).toBe("—"));
});
